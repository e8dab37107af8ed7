/**
 * @generated SignedSource<<777a21cf545eef85d9c24d6e2314b70f>>
 * @relayHash eddd0416012861ede24ebc8eea0bbdbb
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID c75bb90731cfa60320b7999b0375739852da4b02eb568a7422412dd74054ad76

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type RetryNotificationDeliveriesInput = {
  ids?: ReadonlyArray<string> | null | undefined;
};
export type DeliveriesPageRetryMutation$variables = {
  input: RetryNotificationDeliveriesInput;
};
export type DeliveriesPageRetryMutation$data = {
  readonly retryNotificationDeliveries: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
    readonly requeued: number;
  };
};
export type DeliveriesPageRetryMutation = {
  response: DeliveriesPageRetryMutation$data;
  variables: DeliveriesPageRetryMutation$variables;
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
    "concreteType": "RetryNotificationDeliveriesPayload",
    "kind": "LinkedField",
    "name": "retryNotificationDeliveries",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "requeued",
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
    "name": "DeliveriesPageRetryMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DeliveriesPageRetryMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "eddd0416012861ede24ebc8eea0bbdbb",
    "id": "c75bb90731cfa60320b7999b0375739852da4b02eb568a7422412dd74054ad76",
    "metadata": {},
    "name": "DeliveriesPageRetryMutation",
    "operationKind": "mutation",
    "text": "mutation DeliveriesPageRetryMutation(\n  $input: RetryNotificationDeliveriesInput!\n) {\n  retryNotificationDeliveries(input: $input) {\n    requeued\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8782479e7bf695736858175db48d7c9b";

export default node;
