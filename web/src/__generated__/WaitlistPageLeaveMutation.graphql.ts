/**
 * @generated SignedSource<<1156697aa3fe6b4487b086c032124bda>>
 * @relayHash 10d5987b79e6a30df868db94d695b442
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 24aad3e71d8a659eff414baf95bcaac42b567b5a688d0e0e461ee03cc713319c

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type WaitlistStatus = "EXPIRED" | "LEFT" | "PROMOTED" | "WAITING" | "%future added value";
export type LeaveWaitlistInput = {
  entryId: string;
  reason?: string | null | undefined;
};
export type WaitlistPageLeaveMutation$variables = {
  input: LeaveWaitlistInput;
};
export type WaitlistPageLeaveMutation$data = {
  readonly leaveWaitlist: {
    readonly entry: {
      readonly id: string;
      readonly status: WaitlistStatus;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
  };
};
export type WaitlistPageLeaveMutation = {
  response: WaitlistPageLeaveMutation$data;
  variables: WaitlistPageLeaveMutation$variables;
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
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "WaitlistEntryPayload",
    "kind": "LinkedField",
    "name": "leaveWaitlist",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "WaitlistEntry",
        "kind": "LinkedField",
        "name": "entry",
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
            "name": "status",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
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
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "WaitlistPageLeaveMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WaitlistPageLeaveMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "10d5987b79e6a30df868db94d695b442",
    "id": "24aad3e71d8a659eff414baf95bcaac42b567b5a688d0e0e461ee03cc713319c",
    "metadata": {},
    "name": "WaitlistPageLeaveMutation",
    "operationKind": "mutation",
    "text": "mutation WaitlistPageLeaveMutation(\n  $input: LeaveWaitlistInput!\n) {\n  leaveWaitlist(input: $input) {\n    entry {\n      id\n      status\n    }\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "94f985cd3a58abe59f07ec56966a7a92";

export default node;
