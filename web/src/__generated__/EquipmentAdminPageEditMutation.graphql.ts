/**
 * @generated SignedSource<<bfaa188a9ad9721c472f4708dac87177>>
 * @relayHash 4414026bcd80e8257f5a6513e651dfd3
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 7f848c357ad3a8bfa52769696d74509142c1210930dfd5d401a9a8d210153423

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type EditEquipmentInput = {
  equipment: EquipmentInput;
  equipmentId: string;
};
export type EquipmentInput = {
  code: string;
  name: string;
  unit: string;
};
export type EquipmentAdminPageEditMutation$variables = {
  input: EditEquipmentInput;
};
export type EquipmentAdminPageEditMutation$data = {
  readonly editEquipment: {
    readonly equipmentItem: {
      readonly code: string;
      readonly id: string;
      readonly name: string;
      readonly stock: number;
      readonly unit: string;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
  };
};
export type EquipmentAdminPageEditMutation = {
  response: EquipmentAdminPageEditMutation$data;
  variables: EquipmentAdminPageEditMutation$variables;
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
    "concreteType": "EquipmentPayload",
    "kind": "LinkedField",
    "name": "editEquipment",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "EquipmentItem",
        "kind": "LinkedField",
        "name": "equipmentItem",
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
            "name": "unit",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "stock",
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
    "name": "EquipmentAdminPageEditMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "EquipmentAdminPageEditMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "4414026bcd80e8257f5a6513e651dfd3",
    "id": "7f848c357ad3a8bfa52769696d74509142c1210930dfd5d401a9a8d210153423",
    "metadata": {},
    "name": "EquipmentAdminPageEditMutation",
    "operationKind": "mutation",
    "text": "mutation EquipmentAdminPageEditMutation(\n  $input: EditEquipmentInput!\n) {\n  editEquipment(input: $input) {\n    equipmentItem {\n      id\n      code\n      name\n      unit\n      stock\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "207c965b9c4eb7f4cf48579528ae22b8";

export default node;
