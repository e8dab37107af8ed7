/**
 * @generated SignedSource<<3a14b21121d2ed22cc3ba12e965c9614>>
 * @relayHash 7f7b48d459e36c400f0acc0f16921969
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 35c3a6318fd4e88f6ed69e00955fb97a2f790791feb16707c79008e24834aa6d

import { ConcreteRequest } from 'relay-runtime';
export type EquipmentAdminPageQuery$variables = Record<PropertyKey, never>;
export type EquipmentAdminPageQuery$data = {
  readonly equipmentItems: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly code: string;
        readonly id: string;
        readonly name: string;
        readonly stock: number;
        readonly unit: string;
      };
    }>;
  };
};
export type EquipmentAdminPageQuery = {
  response: EquipmentAdminPageQuery$data;
  variables: EquipmentAdminPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 500
      }
    ],
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
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "id",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "code",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "unit",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "stock",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "equipmentItems(first:500)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "EquipmentAdminPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "EquipmentAdminPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "7f7b48d459e36c400f0acc0f16921969",
    "id": "35c3a6318fd4e88f6ed69e00955fb97a2f790791feb16707c79008e24834aa6d",
    "metadata": {},
    "name": "EquipmentAdminPageQuery",
    "operationKind": "query",
    "text": "query EquipmentAdminPageQuery {\n  equipmentItems(first: 500) {\n    edges {\n      node {\n        id\n        code\n        name\n        unit\n        stock\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3df1806492a40b0ddbde5f9884f21ab3";

export default node;
