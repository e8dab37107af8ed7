/**
 * @generated SignedSource<<e32dc278cf9d51ad8b29ad206aead8f7>>
 * @relayHash fb02935d9b37a6d99803514982d23735
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID b76b61e0a673650d1c65b8c72684493f19b5b66bddcaa6afa4061d866aa1af50

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type WebhookEventType = "BOOKING_CANCELLED" | "BOOKING_SCHEDULE_CHANGED" | "BOOKING_STATUS_CHANGED" | "REPORT_SUBMITTED" | "%future added value";
export type EditWebhookEndpointInput = {
  endpoint: WebhookEndpointInput;
  endpointId: string;
  rotateSecret?: boolean;
  secret?: string | null | undefined;
};
export type WebhookEndpointInput = {
  description?: string;
  eventTypes: ReadonlyArray<WebhookEventType>;
  url: string;
};
export type WebhooksAdminPageEditMutation$variables = {
  input: EditWebhookEndpointInput;
};
export type WebhooksAdminPageEditMutation$data = {
  readonly editWebhookEndpoint: {
    readonly endpoint: {
      readonly description: string;
      readonly eventTypes: ReadonlyArray<WebhookEventType>;
      readonly id: string;
      readonly url: string;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly secret: string | null | undefined;
  };
};
export type WebhooksAdminPageEditMutation = {
  response: WebhooksAdminPageEditMutation$data;
  variables: WebhooksAdminPageEditMutation$variables;
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
    "concreteType": "WebhookEndpointPayload",
    "kind": "LinkedField",
    "name": "editWebhookEndpoint",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "WebhookEndpoint",
        "kind": "LinkedField",
        "name": "endpoint",
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
            "name": "url",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "description",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "eventTypes",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "secret",
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
    "name": "WebhooksAdminPageEditMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksAdminPageEditMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "fb02935d9b37a6d99803514982d23735",
    "id": "b76b61e0a673650d1c65b8c72684493f19b5b66bddcaa6afa4061d866aa1af50",
    "metadata": {},
    "name": "WebhooksAdminPageEditMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksAdminPageEditMutation(\n  $input: EditWebhookEndpointInput!\n) {\n  editWebhookEndpoint(input: $input) {\n    endpoint {\n      id\n      url\n      description\n      eventTypes\n    }\n    secret\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "ec181ad7a508db33443fce571cc4b1e9";

export default node;
