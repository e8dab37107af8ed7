/**
 * @generated SignedSource<<be6e437ce7012d0f60b153b96af77bb6>>
 * @relayHash 093dd815d98c9eb9c47db730ec743b41
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 13a2f4e8523588fe1b2162ddbdd4f27769f670f5207bae3596a7d00316cc55bf

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
        "value": 100
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
    "storageKey": "equipmentItems(first:100)"
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
    "cacheID": "093dd815d98c9eb9c47db730ec743b41",
    "id": "13a2f4e8523588fe1b2162ddbdd4f27769f670f5207bae3596a7d00316cc55bf",
    "metadata": {},
    "name": "EquipmentAdminPageQuery",
    "operationKind": "query",
    "text": "query EquipmentAdminPageQuery {\n  equipmentItems(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        unit\n        stock\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "6bf3573e2f26b5b6522a6576354923e0";

export default node;
