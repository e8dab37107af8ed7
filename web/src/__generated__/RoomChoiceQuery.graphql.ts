/**
 * @generated SignedSource<<2898f56c7e902d4069fb3e2963f0f220>>
 * @relayHash 5785d5316c632265f901837d6001f1f4
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e

import { ConcreteRequest } from 'relay-runtime';
export type RoomChoiceQuery$variables = Record<PropertyKey, never>;
export type RoomChoiceQuery$data = {
  readonly rooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly capacity: number;
        readonly id: string;
        readonly name: string;
      };
    }>;
  };
};
export type RoomChoiceQuery = {
  response: RoomChoiceQuery$data;
  variables: RoomChoiceQuery$variables;
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
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "RoomChoiceQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RoomChoiceQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "5785d5316c632265f901837d6001f1f4",
    "id": "eba0855c8c95b743be7337726d7ca9e41d4313f459d549efe03055f408ee9f7e",
    "metadata": {},
    "name": "RoomChoiceQuery",
    "operationKind": "query",
    "text": "query RoomChoiceQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        name\n        capacity\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "03274a5f9f0beaf848067de5d6f02625";

export default node;
