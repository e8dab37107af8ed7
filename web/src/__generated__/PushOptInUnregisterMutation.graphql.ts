/**
 * @generated SignedSource<<78fb9d4d22c11a4370656e2b0e7384b3>>
 * @relayHash 21f560efe4c1df0fa93384fcbe624847
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 0b8507bfd378ddcf24e2c2ee4f75534ff6733c70955d11c3e3c71cb1fa8076d9

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type UnregisterPushSubscriptionInput = {
  endpoint: string;
};
export type PushOptInUnregisterMutation$variables = {
  input: UnregisterPushSubscriptionInput;
};
export type PushOptInUnregisterMutation$data = {
  readonly unregisterPushSubscription: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
    readonly ok: boolean;
  };
};
export type PushOptInUnregisterMutation = {
  response: PushOptInUnregisterMutation$data;
  variables: PushOptInUnregisterMutation$variables;
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
    "name": "unregisterPushSubscription",
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
    "name": "PushOptInUnregisterMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "PushOptInUnregisterMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "21f560efe4c1df0fa93384fcbe624847",
    "id": "0b8507bfd378ddcf24e2c2ee4f75534ff6733c70955d11c3e3c71cb1fa8076d9",
    "metadata": {},
    "name": "PushOptInUnregisterMutation",
    "operationKind": "mutation",
    "text": "mutation PushOptInUnregisterMutation(\n  $input: UnregisterPushSubscriptionInput!\n) {\n  unregisterPushSubscription(input: $input) {\n    ok\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f9e53c0b5f4089dbb4103884c2a550e4";

export default node;
