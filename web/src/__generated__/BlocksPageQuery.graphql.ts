/**
 * @generated SignedSource<<ba7267e7e2debe5018c0701340261a72>>
 * @relayHash 4c3dedeaade2d1bebf354ca40caa02c7
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 0e93793945716dc2fcd585fa0686135d31b7bfb8dafb3f0d4090156b57a27a0b

import { ConcreteRequest } from 'relay-runtime';
export type BlocksPageQuery$variables = Record<PropertyKey, never>;
export type BlocksPageQuery$data = {
  readonly leadershipBlocks: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly cancelReason: string | null | undefined;
        readonly endsAt: string;
        readonly id: string;
        readonly isActive: boolean;
        readonly reason: string;
        readonly rooms: ReadonlyArray<{
          readonly id: string;
          readonly name: string;
        }>;
        readonly startsAt: string;
      };
    }>;
  };
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
export type BlocksPageQuery = {
  response: BlocksPageQuery$data;
  variables: BlocksPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 100
},
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
    "args": [
      (v0/*:: as any*/)
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
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "code",
                "storageKey": null
              },
              (v2/*:: as any*/)
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
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "includeCancelled",
        "value": true
      }
    ],
    "concreteType": "LeadershipBlockConnection",
    "kind": "LinkedField",
    "name": "leadershipBlocks",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "LeadershipBlockEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "LeadershipBlock",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
            "selections": [
              (v1/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "startsAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "endsAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "reason",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "isActive",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "cancelReason",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "Room",
                "kind": "LinkedField",
                "name": "rooms",
                "plural": true,
                "selections": [
                  (v1/*:: as any*/),
                  (v2/*:: as any*/)
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "leadershipBlocks(first:100,includeCancelled:true)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "BlocksPageQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "BlocksPageQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "4c3dedeaade2d1bebf354ca40caa02c7",
    "id": "0e93793945716dc2fcd585fa0686135d31b7bfb8dafb3f0d4090156b57a27a0b",
    "metadata": {},
    "name": "BlocksPageQuery",
    "operationKind": "query",
    "text": "query BlocksPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n      }\n    }\n  }\n  leadershipBlocks(first: 100, includeCancelled: true) {\n    edges {\n      node {\n        id\n        startsAt\n        endsAt\n        reason\n        isActive\n        cancelReason\n        rooms {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b2e7fd5be6661d13ee17ac9b9b53b092";

export default node;
