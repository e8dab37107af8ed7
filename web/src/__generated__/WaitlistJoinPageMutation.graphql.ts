/**
 * @generated SignedSource<<4ddabe401c10cb1659984487fb5b22aa>>
 * @relayHash 37e273b1d766922ff3122e9a3ec95435
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f57756a2fa14a4cd6d6da7f83e01fa238d636a60947869193b260ac84b6d23aa

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type WaitlistStatus = "EXPIRED" | "LEFT" | "PROMOTED" | "WAITING" | "%future added value";
export type JoinWaitlistInput = {
  endsAt: string;
  equipment?: ReadonlyArray<WaitlistEquipmentInput>;
  idempotencyKey: string;
  letter: File;
  participants: number;
  purpose: string;
  roomId: string;
  startsAt: string;
  title: string;
};
export type WaitlistEquipmentInput = {
  equipmentId: string;
  quantity: number;
};
export type WaitlistJoinPageMutation$variables = {
  input: JoinWaitlistInput;
};
export type WaitlistJoinPageMutation$data = {
  readonly joinWaitlist: {
    readonly entry: {
      readonly id: string;
      readonly status: WaitlistStatus;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly replayed: boolean;
  };
};
export type WaitlistJoinPageMutation = {
  response: WaitlistJoinPageMutation$data;
  variables: WaitlistJoinPageMutation$variables;
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
    "name": "joinWaitlist",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "replayed",
        "storageKey": null
      },
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
    "name": "WaitlistJoinPageMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WaitlistJoinPageMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "37e273b1d766922ff3122e9a3ec95435",
    "id": "f57756a2fa14a4cd6d6da7f83e01fa238d636a60947869193b260ac84b6d23aa",
    "metadata": {},
    "name": "WaitlistJoinPageMutation",
    "operationKind": "mutation",
    "text": "mutation WaitlistJoinPageMutation(\n  $input: JoinWaitlistInput!\n) {\n  joinWaitlist(input: $input) {\n    replayed\n    entry {\n      id\n      status\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "9ec3fca10c06ea2cf71b70558be85614";

export default node;
