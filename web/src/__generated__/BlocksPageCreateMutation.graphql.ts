/**
 * @generated SignedSource<<b77df3c3cf5a377afd20b65c310e6d7d>>
 * @relayHash bc433beea15bc30da79e11549fa522cb
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 96177122946d494d0a7b855956613d1ce1bf9cd62fba96ba4becc2c8fd000865

import { ConcreteRequest } from 'relay-runtime';
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type CreateLeadershipBlockInput = {
  endsAt: string;
  reason: string;
  roomIds: ReadonlyArray<string>;
  startsAt: string;
};
export type BlocksPageCreateMutation$variables = {
  input: CreateLeadershipBlockInput;
};
export type BlocksPageCreateMutation$data = {
  readonly createLeadershipBlock: {
    readonly affectedBookings: ReadonlyArray<{
      readonly agency: {
        readonly name: string;
      };
      readonly id: string;
      readonly reference: string;
      readonly status: BookingStatus;
      readonly title: string;
    }>;
    readonly block: {
      readonly id: string;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly releasedBookings: ReadonlyArray<{
      readonly agency: {
        readonly name: string;
      };
      readonly id: string;
      readonly reference: string;
      readonly status: BookingStatus;
      readonly title: string;
    }>;
  };
};
export type BlocksPageCreateMutation = {
  response: BlocksPageCreateMutation$data;
  variables: BlocksPageCreateMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
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
  "concreteType": "LeadershipBlock",
  "kind": "LinkedField",
  "name": "block",
  "plural": false,
  "selections": [
    (v2/*:: as any*/)
  ],
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "reference",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "title",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v8 = [
  (v2/*:: as any*/),
  (v4/*:: as any*/),
  (v5/*:: as any*/),
  (v6/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "concreteType": "Agency",
    "kind": "LinkedField",
    "name": "agency",
    "plural": false,
    "selections": [
      (v7/*:: as any*/)
    ],
    "storageKey": null
  }
],
v9 = {
  "alias": null,
  "args": null,
  "concreteType": "UserError",
  "kind": "LinkedField",
  "name": "errors",
  "plural": true,
  "selections": [
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
      "name": "message",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "field",
      "storageKey": null
    }
  ],
  "storageKey": null
},
v10 = [
  (v2/*:: as any*/),
  (v4/*:: as any*/),
  (v5/*:: as any*/),
  (v6/*:: as any*/),
  {
    "alias": null,
    "args": null,
    "concreteType": "Agency",
    "kind": "LinkedField",
    "name": "agency",
    "plural": false,
    "selections": [
      (v7/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "BlocksPageCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "LeadershipBlockPayload",
        "kind": "LinkedField",
        "name": "createLeadershipBlock",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Booking",
            "kind": "LinkedField",
            "name": "affectedBookings",
            "plural": true,
            "selections": (v8/*:: as any*/),
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Booking",
            "kind": "LinkedField",
            "name": "releasedBookings",
            "plural": true,
            "selections": (v8/*:: as any*/),
            "storageKey": null
          },
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "BlocksPageCreateMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "LeadershipBlockPayload",
        "kind": "LinkedField",
        "name": "createLeadershipBlock",
        "plural": false,
        "selections": [
          (v3/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "Booking",
            "kind": "LinkedField",
            "name": "affectedBookings",
            "plural": true,
            "selections": (v10/*:: as any*/),
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "Booking",
            "kind": "LinkedField",
            "name": "releasedBookings",
            "plural": true,
            "selections": (v10/*:: as any*/),
            "storageKey": null
          },
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "bc433beea15bc30da79e11549fa522cb",
    "id": "96177122946d494d0a7b855956613d1ce1bf9cd62fba96ba4becc2c8fd000865",
    "metadata": {},
    "name": "BlocksPageCreateMutation",
    "operationKind": "mutation",
    "text": "mutation BlocksPageCreateMutation(\n  $input: CreateLeadershipBlockInput!\n) {\n  createLeadershipBlock(input: $input) {\n    block {\n      id\n    }\n    affectedBookings {\n      id\n      reference\n      title\n      status\n      agency {\n        name\n        id\n      }\n    }\n    releasedBookings {\n      id\n      reference\n      title\n      status\n      agency {\n        name\n        id\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5f93253fbad67b5e49c320537871fd4e";

export default node;
