/**
 * @generated SignedSource<<a1ada7eee00e54287ca760dfb65c3c2b>>
 * @relayHash 4e38ebdc2d7610dab6db9453d4c908d1
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9f163350657cd33b61e14cd318bbe38fc5fb2e0e730d7b9c2e411da400475616

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type WebhookEndpointIdInput = {
  endpointId: string;
};
export type WebhooksAdminPageEnableMutation$variables = {
  enable: boolean;
  input: WebhookEndpointIdInput;
};
export type WebhooksAdminPageEnableMutation$data = {
  readonly disableWebhookEndpoint?: {
    readonly endpoint: {
      readonly consecutiveFailures: number;
      readonly disabledAt: string | null | undefined;
      readonly disabledReason: string | null | undefined;
      readonly id: string;
      readonly isActive: boolean;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
  };
  readonly enableWebhookEndpoint?: {
    readonly endpoint: {
      readonly consecutiveFailures: number;
      readonly disabledAt: string | null | undefined;
      readonly disabledReason: string | null | undefined;
      readonly id: string;
      readonly isActive: boolean;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
  };
};
export type WebhooksAdminPageEnableMutation = {
  response: WebhooksAdminPageEnableMutation$data;
  variables: WebhooksAdminPageEnableMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "enable"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "input"
},
v2 = [
  {
    "kind": "Variable",
    "name": "input",
    "variableName": "input"
  }
],
v3 = [
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
        "name": "isActive",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "disabledReason",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "disabledAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "consecutiveFailures",
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
v4 = [
  {
    "condition": "enable",
    "kind": "Condition",
    "passingValue": true,
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "WebhookEndpointPayload",
        "kind": "LinkedField",
        "name": "enableWebhookEndpoint",
        "plural": false,
        "selections": (v3/*:: as any*/),
        "storageKey": null
      }
    ]
  },
  {
    "condition": "enable",
    "kind": "Condition",
    "passingValue": false,
    "selections": [
      {
        "alias": null,
        "args": (v2/*:: as any*/),
        "concreteType": "WebhookEndpointPayload",
        "kind": "LinkedField",
        "name": "disableWebhookEndpoint",
        "plural": false,
        "selections": (v3/*:: as any*/),
        "storageKey": null
      }
    ]
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "WebhooksAdminPageEnableMutation",
    "selections": (v4/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "WebhooksAdminPageEnableMutation",
    "selections": (v4/*:: as any*/)
  },
  "params": {
    "cacheID": "4e38ebdc2d7610dab6db9453d4c908d1",
    "id": "9f163350657cd33b61e14cd318bbe38fc5fb2e0e730d7b9c2e411da400475616",
    "metadata": {},
    "name": "WebhooksAdminPageEnableMutation",
    "operationKind": "mutation",
    "text": "mutation WebhooksAdminPageEnableMutation(\n  $input: WebhookEndpointIdInput!\n  $enable: Boolean!\n) {\n  enableWebhookEndpoint(input: $input) @include(if: $enable) {\n    endpoint {\n      id\n      isActive\n      disabledReason\n      disabledAt\n      consecutiveFailures\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n  disableWebhookEndpoint(input: $input) @skip(if: $enable) {\n    endpoint {\n      id\n      isActive\n      disabledReason\n      disabledAt\n      consecutiveFailures\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3631986436a643069f41ce929963b438";

export default node;
