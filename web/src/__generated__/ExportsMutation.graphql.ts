/**
 * @generated SignedSource<<25ff763a6d096c7dc1cb149f78f2d1d2>>
 * @relayHash f3b8a91062bee0516ee1775e73cc4fde
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 14ac06d83f5a2297b52844f382d866d0c14cae588811e2f32003a9b7f1aee430

import { ConcreteRequest } from 'relay-runtime';
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type ExportFormat = "CSV" | "XLSX" | "%future added value";
export type ExportKind = "BOOKINGS" | "UTILISATION" | "%future added value";
export type ReportGroup = "AGENCY" | "BUILDING" | "ROOM" | "%future added value";
export type ExportInput = {
  agencyId?: string | null | undefined;
  format: ExportFormat;
  from: string;
  groupBy?: ReportGroup;
  kind: ExportKind;
  lang?: string | null | undefined;
  roomId?: string | null | undefined;
  statuses?: ReadonlyArray<BookingStatus>;
  to: string;
};
export type ExportsMutation$variables = {
  input: ExportInput;
};
export type ExportsMutation$data = {
  readonly createExport: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly expiresAt: string | null | undefined;
    readonly url: string | null | undefined;
  };
};
export type ExportsMutation = {
  response: ExportsMutation$data;
  variables: ExportsMutation$variables;
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
    "concreteType": "ExportPayload",
    "kind": "LinkedField",
    "name": "createExport",
    "plural": false,
    "selections": [
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
        "name": "expiresAt",
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
    "name": "ExportsMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ExportsMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f3b8a91062bee0516ee1775e73cc4fde",
    "id": "14ac06d83f5a2297b52844f382d866d0c14cae588811e2f32003a9b7f1aee430",
    "metadata": {},
    "name": "ExportsMutation",
    "operationKind": "mutation",
    "text": "mutation ExportsMutation(\n  $input: ExportInput!\n) {\n  createExport(input: $input) {\n    url\n    expiresAt\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "f349b31e761fada4728d978437dab39c";

export default node;
