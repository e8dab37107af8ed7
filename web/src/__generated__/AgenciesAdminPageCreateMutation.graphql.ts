/**
 * @generated SignedSource<<0714ba8438d3f6f26999f6bc9ebaae15>>
 * @relayHash 0cf329a5733f4609e92da73018eac732
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 427ddbcc1e0a106105dc881a0a87eabff6215d042acd1aec11e9bb64041627ac

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type CreateAgencyInput = {
  code: string;
  name: string;
};
export type AgenciesAdminPageCreateMutation$variables = {
  input: CreateAgencyInput;
};
export type AgenciesAdminPageCreateMutation$data = {
  readonly createAgency: {
    readonly agency: {
      readonly code: string;
      readonly id: string;
      readonly isActive: boolean;
      readonly name: string;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
  };
};
export type AgenciesAdminPageCreateMutation = {
  response: AgenciesAdminPageCreateMutation$data;
  variables: AgenciesAdminPageCreateMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "code",
  "storageKey": null
},
v2 = [
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
    "name": "createAgency",
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
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "isActive",
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
          (v1/*:: as any*/),
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
    "name": "AgenciesAdminPageCreateMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "AgenciesAdminPageCreateMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "0cf329a5733f4609e92da73018eac732",
    "id": "427ddbcc1e0a106105dc881a0a87eabff6215d042acd1aec11e9bb64041627ac",
    "metadata": {},
    "name": "AgenciesAdminPageCreateMutation",
    "operationKind": "mutation",
    "text": "mutation AgenciesAdminPageCreateMutation(\n  $input: CreateAgencyInput!\n) {\n  createAgency(input: $input) {\n    agency {\n      id\n      code\n      name\n      isActive\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e7c0351a2acbf1aa52eb58136924b66d";

export default node;
