/**
 * @generated SignedSource<<96328a6684204ca75cff58f7d62b5121>>
 * @relayHash 4f36851c9250c9f964dd2b524ad0b4d7
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 216104cdb89c18c959ce13dc43ded0edcd962dc6c528103068d22aba99fde901

import { ConcreteRequest } from 'relay-runtime';
export type RequestPageQuery$variables = Record<PropertyKey, never>;
export type RequestPageQuery$data = {
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
        readonly closesAt: string;
        readonly id: string;
        readonly name: string;
        readonly opensAt: string;
      };
    }>;
  };
};
export type RequestPageQuery = {
  response: RequestPageQuery$data;
  variables: RequestPageQuery$variables;
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
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "capacity",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "opensAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "closesAt",
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
    "name": "RequestPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RequestPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "4f36851c9250c9f964dd2b524ad0b4d7",
    "id": "216104cdb89c18c959ce13dc43ded0edcd962dc6c528103068d22aba99fde901",
    "metadata": {},
    "name": "RequestPageQuery",
    "operationKind": "query",
    "text": "query RequestPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        name\n        capacity\n        opensAt\n        closesAt\n      }\n    }\n  }\n  equipmentItems(first: 100) {\n    edges {\n      node {\n        id\n        name\n        unit\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b14fcf1357b7f02a0b4e018b4b5fa38f";

export default node;
