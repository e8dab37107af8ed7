/**
 * @generated SignedSource<<d96530205eda681d117824c2400730ad>>
 * @relayHash d1749fb506636f62df80e7782e14e694
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 14a7fa4c43764e8feb8bde235a57dd62d090de575a8166a9d31d6a75e368a7f5

import { ConcreteRequest } from 'relay-runtime';
export type SeriesPageQuery$variables = Record<PropertyKey, never>;
export type SeriesPageQuery$data = {
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
    "name": "SeriesPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "SeriesPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "d1749fb506636f62df80e7782e14e694",
    "id": "14a7fa4c43764e8feb8bde235a57dd62d090de575a8166a9d31d6a75e368a7f5",
    "metadata": {},
    "name": "SeriesPageQuery",
    "operationKind": "query",
    "text": "query SeriesPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        capacity\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "11e4128961dc97dabccbd484ffc9ed55";

export default node;
