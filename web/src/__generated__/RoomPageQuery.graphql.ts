/**
 * @generated SignedSource<<e444f12c27f6efe9a91645a727808840>>
 * @relayHash caaf78553453ab8f2780d85505818d92
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 23e443106aea153dbe385b808441ceba722c5da2cb77b4d363690e4ee7d83a10

import { ConcreteRequest } from 'relay-runtime';
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
export type RoomPageQuery$variables = {
  date: string;
  id: string;
  roomIds?: ReadonlyArray<string> | null | undefined;
};
export type RoomPageQuery$data = {
  readonly availability: ReadonlyArray<{
    readonly busy: ReadonlyArray<{
      readonly agencyName: string;
      readonly endsAt: string;
      readonly startsAt: string;
      readonly status: BookingStatus;
    }>;
  }>;
  readonly node: {
    readonly building?: string;
    readonly capacity?: number;
    readonly closesAt?: string;
    readonly code?: string;
    readonly facilities?: ReadonlyArray<string>;
    readonly floor?: string;
    readonly id?: string;
    readonly name?: string;
    readonly opensAt?: string;
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
export type RoomPageQuery = {
  response: RoomPageQuery$data;
  variables: RoomPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "date"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "id"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "roomIds"
},
v3 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "code",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "building",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "floor",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "capacity",
  "storageKey": null
},
v10 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "facilities",
  "storageKey": null
},
v11 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "opensAt",
  "storageKey": null
},
v12 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "closesAt",
  "storageKey": null
},
v13 = {
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
        (v11/*:: as any*/),
        (v12/*:: as any*/)
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
},
v14 = [
  {
    "kind": "Variable",
    "name": "date",
    "variableName": "date"
  },
  {
    "kind": "Variable",
    "name": "roomIds",
    "variableName": "roomIds"
  }
],
v15 = {
  "alias": null,
  "args": null,
  "concreteType": "BusySlot",
  "kind": "LinkedField",
  "name": "busy",
  "plural": true,
  "selections": [
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
      "name": "status",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "agencyName",
      "storageKey": null
    }
  ],
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "RoomPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "kind": "InlineFragment",
            "selections": [
              (v4/*:: as any*/),
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "type": "Room",
            "abstractKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v14/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availability",
        "plural": true,
        "selections": [
          (v15/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "RoomPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v3/*:: as any*/),
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
          (v4/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v5/*:: as any*/),
              (v6/*:: as any*/),
              (v7/*:: as any*/),
              (v8/*:: as any*/),
              (v9/*:: as any*/),
              (v10/*:: as any*/),
              (v11/*:: as any*/),
              (v12/*:: as any*/),
              (v13/*:: as any*/)
            ],
            "type": "Room",
            "abstractKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": (v14/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availability",
        "plural": true,
        "selections": [
          (v15/*:: as any*/),
          (v4/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "caaf78553453ab8f2780d85505818d92",
    "id": "23e443106aea153dbe385b808441ceba722c5da2cb77b4d363690e4ee7d83a10",
    "metadata": {},
    "name": "RoomPageQuery",
    "operationKind": "query",
    "text": "query RoomPageQuery(\n  $id: ID!\n  $date: Date!\n  $roomIds: [ID!]\n) {\n  node(id: $id) {\n    __typename\n    ... on Room {\n      id\n      code\n      name\n      building\n      floor\n      capacity\n      facilities\n      opensAt\n      closesAt\n      rules {\n        bookableHours {\n          weekday\n          opensAt\n          closesAt\n        }\n        minLeadMinutes\n        maxAdvanceDays\n        maxDurationMinutes\n        bufferMinutes\n      }\n    }\n    id\n  }\n  availability(date: $date, roomIds: $roomIds) {\n    busy {\n      startsAt\n      endsAt\n      status\n      agencyName\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "19c77f4d7bc23707fe55c5092337e5eb";

export default node;
