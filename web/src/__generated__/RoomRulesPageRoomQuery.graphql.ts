/**
 * @generated SignedSource<<634941c5a5946b0c37c33ca0e056624d>>
 * @relayHash 28f9ba655cbb23a570bf5f7fa2e555e7
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 4e2a1abecd45d32b4ff569aa51145c67857070df6fa4eb22ac7d8af1a6bf4236

import { ConcreteRequest } from 'relay-runtime';
export type RoomRulesPageRoomQuery$variables = {
  id: string;
};
export type RoomRulesPageRoomQuery$data = {
  readonly node: {
    readonly id?: string;
    readonly name?: string;
    readonly rules?: {
      readonly bookableHours: ReadonlyArray<{
        readonly closesAt: string;
        readonly opensAt: string;
        readonly weekday: number;
      }>;
      readonly bufferMinutes: number;
      readonly maxAdvanceDays: number;
      readonly maxDurationMinutes: number;
      readonly minLeadMinutes: number;
    };
  } | null | undefined;
};
export type RoomRulesPageRoomQuery = {
  response: RoomRulesPageRoomQuery$data;
  variables: RoomRulesPageRoomQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "concreteType": "RoomRules",
  "kind": "LinkedField",
  "name": "rules",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "WeekdayHours",
      "kind": "LinkedField",
      "name": "bookableHours",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "weekday",
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "minLeadMinutes",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "maxAdvanceDays",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "maxDurationMinutes",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "bufferMinutes",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "RoomRulesPageRoomQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "kind": "InlineFragment",
            "selections": [
              (v2/*:: as any*/),
              (v3/*:: as any*/),
              (v4/*:: as any*/)
            ],
            "type": "Room",
            "abstractKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RoomRulesPageRoomQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/)
            ],
            "type": "Room",
            "abstractKey": null
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "28f9ba655cbb23a570bf5f7fa2e555e7",
    "id": "4e2a1abecd45d32b4ff569aa51145c67857070df6fa4eb22ac7d8af1a6bf4236",
    "metadata": {},
    "name": "RoomRulesPageRoomQuery",
    "operationKind": "query",
    "text": "query RoomRulesPageRoomQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ... on Room {\n      id\n      name\n      rules {\n        bookableHours {\n          weekday\n          opensAt\n          closesAt\n        }\n        minLeadMinutes\n        maxAdvanceDays\n        maxDurationMinutes\n        bufferMinutes\n      }\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "d9ce015fafa8e75eeacfc666faf4a93a";

export default node;
