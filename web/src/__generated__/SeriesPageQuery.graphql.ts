/**
 * @generated SignedSource<<9adc027dc8af9b68778860254d325f79>>
 * @relayHash 3fdd9fa1c9a1084cec87a6e035999d12
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 7ba9622758c29b535be5f49377784a6c9cca16283b32e5dc46b75714fb0979e8

import { ConcreteRequest } from 'relay-runtime';
export type SeriesPageQuery$variables = Record<PropertyKey, never>;
export type SeriesPageQuery$data = {
  readonly equipmentItems: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly unit: string;
      };
    }>;
  };
  readonly rooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly capacity: number;
        readonly code: string;
        readonly id: string;
        readonly name: string;
      };
    }>;
  };
};
export type SeriesPageQuery = {
  response: SeriesPageQuery$data;
  variables: SeriesPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "kind": "Literal",
    "name": "first",
    "value": 100
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = [
  {
    "alias": null,
    "args": (v0/*:: as any*/),
    "concreteType": "RoomConnection",
    "kind": "LinkedField",
    "name": "rooms",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "RoomEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Room",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "code",
                "storageKey": null
              },
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "capacity",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "rooms(first:100)"
  },
  {
    "alias": null,
    "args": (v0/*:: as any*/),
    "concreteType": "EquipmentItemConnection",
    "kind": "LinkedField",
    "name": "equipmentItems",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "EquipmentItemEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "EquipmentItem",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "unit",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "equipmentItems(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "SeriesPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SeriesPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "3fdd9fa1c9a1084cec87a6e035999d12",
    "id": "7ba9622758c29b535be5f49377784a6c9cca16283b32e5dc46b75714fb0979e8",
    "metadata": {},
    "name": "SeriesPageQuery",
    "operationKind": "query",
    "text": "query SeriesPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        capacity\n      }\n    }\n  }\n  equipmentItems(first: 100) {\n    edges {\n      node {\n        id\n        name\n        unit\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "082b836b366ebdc2fcfd87791deeb689";

export default node;
