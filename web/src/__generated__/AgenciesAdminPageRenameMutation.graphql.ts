/**
 * @generated SignedSource<<4c019ab3e0e6343a0acb6c255b1d516d>>
 * @relayHash f535d24bf7bb60483e7eabc60ce3cc04
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type RenameAgencyInput = {
  agencyId: string;
  name: string;
};
export type AgenciesAdminPageRenameMutation$variables = {
  input: RenameAgencyInput;
};
export type AgenciesAdminPageRenameMutation$data = {
  readonly renameAgency: {
    readonly agency: {
      readonly id: string;
      readonly name: string;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
  };
};
export type AgenciesAdminPageRenameMutation = {
  response: AgenciesAdminPageRenameMutation$data;
  variables: AgenciesAdminPageRenameMutation$variables;
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
    "concreteType": "AgencyPayload",
    "kind": "LinkedField",
    "name": "renameAgency",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Agency",
        "kind": "LinkedField",
        "name": "agency",
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
            "name": "name",
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
    "name": "AgenciesAdminPageRenameMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AgenciesAdminPageRenameMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "f535d24bf7bb60483e7eabc60ce3cc04",
    "id": "172222d1381cb266a208ee64620c13f8813730d0cc3f221cd9521d9c730d2f91",
    "metadata": {},
    "name": "AgenciesAdminPageRenameMutation",
    "operationKind": "mutation",
    "text": "mutation AgenciesAdminPageRenameMutation(\n  $input: RenameAgencyInput!\n) {\n  renameAgency(input: $input) {\n    agency {\n      id\n      name\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "48c2fd16ed09a3ab19f985cdf6778342";

export default node;
