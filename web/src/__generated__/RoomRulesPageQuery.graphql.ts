/**
 * @generated SignedSource<<2f253edc7a3e6f855701b69fa393590c>>
 * @relayHash 869eaa72d7bd204e6d195f9475ea2f5e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID e7c61e631577048f1ef0f99f12f1bc672697a67035d0e1b3325cf849ff7c28cb

import { ConcreteRequest } from 'relay-runtime';
export type RoomRulesPageQuery$variables = Record<PropertyKey, never>;
export type RoomRulesPageQuery$data = {
  readonly rooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly code: string;
        readonly id: string;
        readonly name: string;
      };
    }>;
  };
};
export type RoomRulesPageQuery = {
  response: RoomRulesPageQuery$data;
  variables: RoomRulesPageQuery$variables;
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
                "name": "code",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
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
    "name": "RoomRulesPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RoomRulesPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "869eaa72d7bd204e6d195f9475ea2f5e",
    "id": "e7c61e631577048f1ef0f99f12f1bc672697a67035d0e1b3325cf849ff7c28cb",
    "metadata": {},
    "name": "RoomRulesPageQuery",
    "operationKind": "query",
    "text": "query RoomRulesPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "80358e80ef7fb5c86117874456329844";

export default node;
