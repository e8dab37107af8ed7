/**
 * @generated SignedSource<<408a1fc9514751e811fa5ffeeb657f2e>>
 * @relayHash 4edcb71d3e88ddfd379de911c4ffdf99
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 0c43cb4c2786135dd5470082e129343e5cd03065ad54a9dac8c2f9e23fc918ee

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type PhotoStatus = "FAILED" | "PROCESSING" | "READY" | "UPLOADING" | "%future added value";
export type ConfirmPhotoUploadInput = {
  photoId: string;
};
export type EventReportPageConfirmMutation$variables = {
  input: ConfirmPhotoUploadInput;
};
export type EventReportPageConfirmMutation$data = {
  readonly confirmPhotoUpload: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
    readonly photo: {
      readonly id: string;
      readonly status: PhotoStatus;
    } | null | undefined;
  };
};
export type EventReportPageConfirmMutation = {
  response: EventReportPageConfirmMutation$data;
  variables: EventReportPageConfirmMutation$variables;
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
    "concreteType": "PhotoPayload",
    "kind": "LinkedField",
    "name": "confirmPhotoUpload",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Photo",
        "kind": "LinkedField",
        "name": "photo",
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
    "name": "EventReportPageConfirmMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EventReportPageConfirmMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "4edcb71d3e88ddfd379de911c4ffdf99",
    "id": "0c43cb4c2786135dd5470082e129343e5cd03065ad54a9dac8c2f9e23fc918ee",
    "metadata": {},
    "name": "EventReportPageConfirmMutation",
    "operationKind": "mutation",
    "text": "mutation EventReportPageConfirmMutation(\n  $input: ConfirmPhotoUploadInput!\n) {\n  confirmPhotoUpload(input: $input) {\n    photo {\n      id\n      status\n    }\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "07dbcd4147bf100ec3afc33e42ad0494";

export default node;
