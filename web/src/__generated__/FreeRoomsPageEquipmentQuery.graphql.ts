/**
 * @generated SignedSource<<6d883762898fc15eedd6b9d965e897a7>>
 * @relayHash 8733a4b1716198d87d1be151c447d8d0
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 3c99d0e06e28762a6d51bf90a1836498e4b1c06f24344c23af763c02a4fe07e1

import { ConcreteRequest } from 'relay-runtime';
export type FreeRoomsPageEquipmentQuery$variables = Record<PropertyKey, never>;
export type FreeRoomsPageEquipmentQuery$data = {
  readonly equipmentItems: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly unit: string;
      };
    }>;
  };
};
export type FreeRoomsPageEquipmentQuery = {
  response: FreeRoomsPageEquipmentQuery$data;
  variables: FreeRoomsPageEquipmentQuery$variables;
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
                "name": "name",
                "storageKey": null
              },
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
    "name": "FreeRoomsPageEquipmentQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "FreeRoomsPageEquipmentQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "8733a4b1716198d87d1be151c447d8d0",
    "id": "3c99d0e06e28762a6d51bf90a1836498e4b1c06f24344c23af763c02a4fe07e1",
    "metadata": {},
    "name": "FreeRoomsPageEquipmentQuery",
    "operationKind": "query",
    "text": "query FreeRoomsPageEquipmentQuery {\n  equipmentItems(first: 100) {\n    edges {\n      node {\n        id\n        name\n        unit\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "46404316b6fe79aed4d2202ccda30686";

export default node;
