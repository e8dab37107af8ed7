/**
 * @generated SignedSource<<0a171600aa130542909e7e18e7b972b0>>
 * @relayHash a8370639237fd06908c1d72302811bc2
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID d708d032a57100dfcc24f2c1a8779d17bd7f9436a8f1e0b7ea9cede00fdaee5c

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type PhotoStatus = "FAILED" | "PROCESSING" | "READY" | "UPLOADING" | "%future added value";
export type UploadEventPhotoInput = {
  bookingId: string;
  photo: File;
};
export type EventReportPageUploadMutation$variables = {
  input: UploadEventPhotoInput;
};
export type EventReportPageUploadMutation$data = {
  readonly uploadEventPhoto: {
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
export type EventReportPageUploadMutation = {
  response: EventReportPageUploadMutation$data;
  variables: EventReportPageUploadMutation$variables;
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
    "name": "uploadEventPhoto",
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
    "name": "EventReportPageUploadMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EventReportPageUploadMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "a8370639237fd06908c1d72302811bc2",
    "id": "d708d032a57100dfcc24f2c1a8779d17bd7f9436a8f1e0b7ea9cede00fdaee5c",
    "metadata": {},
    "name": "EventReportPageUploadMutation",
    "operationKind": "mutation",
    "text": "mutation EventReportPageUploadMutation(\n  $input: UploadEventPhotoInput!\n) {\n  uploadEventPhoto(input: $input) {\n    photo {\n      id\n      status\n    }\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "44fae9ebe583513837a011da2d0ff015";

export default node;
