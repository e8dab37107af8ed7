/**
 * @generated SignedSource<<4551fa6f92505a24899995afef631d9b>>
 * @relayHash e81e0f77ce2f5cfcef62af698917b31b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 69b7a0735aa9ecb77a8f61aab1f482334876dad85e9a64cf12536f16e3541c17

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type RegisterPushSubscriptionInput = {
  auth: string;
  endpoint: string;
  p256dh: string;
};
export type PushOptInRegisterMutation$variables = {
  input: RegisterPushSubscriptionInput;
};
export type PushOptInRegisterMutation$data = {
  readonly registerPushSubscription: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
    readonly ok: boolean;
  };
};
export type PushOptInRegisterMutation = {
  response: PushOptInRegisterMutation$data;
  variables: PushOptInRegisterMutation$variables;
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
    "concreteType": "PushSubscriptionPayload",
    "kind": "LinkedField",
    "name": "registerPushSubscription",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "ok",
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
    "name": "PushOptInRegisterMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "PushOptInRegisterMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e81e0f77ce2f5cfcef62af698917b31b",
    "id": "69b7a0735aa9ecb77a8f61aab1f482334876dad85e9a64cf12536f16e3541c17",
    "metadata": {},
    "name": "PushOptInRegisterMutation",
    "operationKind": "mutation",
    "text": "mutation PushOptInRegisterMutation(\n  $input: RegisterPushSubscriptionInput!\n) {\n  registerPushSubscription(input: $input) {\n    ok\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "6afeebafb43d67315b31e72ba4780fd0";

export default node;
