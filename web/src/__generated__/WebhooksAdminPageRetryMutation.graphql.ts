/**
 * @generated SignedSource<<3898cab0fa942e22ee61502aec941ce3>>
 * @relayHash 83460b37fdc8b6efa06ffe589660cb34
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID d378ead9f1bac24105f039d62845e3f03591fea85d4e37e4e821b28d4e1c1dc3

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type RetryWebhookDeliveriesInput = {
  endpointId?: string | null | undefined;
  ids?: ReadonlyArray<string> | null | undefined;
};
export type WebhooksAdminPageRetryMutation$variables = {
  input: RetryWebhookDeliveriesInput;
};
export type WebhooksAdminPageRetryMutation$data = {
  readonly retryWebhookDeliveries: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly requeued: number;
  };
};
export type WebhooksAdminPageRetryMutation = {
  response: WebhooksAdminPageRetryMutation$data;
  variables: WebhooksAdminPageRetryMutation$variables;
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
    "concreteType": "RetryWebhookDeliveriesPayload",
    "kind": "LinkedField",
    "name": "retryWebhookDeliveries",
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
    "name": "WebhooksAdminPageRetryMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksAdminPageRetryMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "83460b37fdc8b6efa06ffe589660cb34",
    "id": "d378ead9f1bac24105f039d62845e3f03591fea85d4e37e4e821b28d4e1c1dc3",
    "metadata": {},
    "name": "WebhooksAdminPageRetryMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksAdminPageRetryMutation(\n  $input: RetryWebhookDeliveriesInput!\n) {\n  retryWebhookDeliveries(input: $input) {\n    requeued\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0ea55e98cf5c7a73c428b42e129133e7";

export default node;
