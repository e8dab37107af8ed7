/**
 * @generated SignedSource<<ab78722d6d3d356340bd290f217f4114>>
 * @relayHash 357f6f09a42b1ca8487dfd5072e036b5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID c5eeaa6a88c8c67ffc7c5d20d37f534d92c3838cb170525b35317575f9ac0e0f

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type EditRoomInput = {
  room: RoomInput;
  roomId: string;
};
export type RoomInput = {
  building: string;
  capacity: number;
  code: string;
  description?: string | null | undefined;
  facilities?: ReadonlyArray<string>;
  floor: string;
  name: string;
  noShowGraceMinutes?: number | null | undefined;
};
export type RoomsAdminPageEditMutation$variables = {
  input: EditRoomInput;
};
export type RoomsAdminPageEditMutation$data = {
  readonly editRoom: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly room: {
      readonly building: string;
      readonly capacity: number;
      readonly code: string;
      readonly description: string | null | undefined;
      readonly facilities: ReadonlyArray<string>;
      readonly floor: string;
      readonly id: string;
      readonly isActive: boolean;
      readonly name: string;
      readonly noShowGraceMinutes: number | null | undefined;
    } | null | undefined;
  };
};
export type RoomsAdminPageEditMutation = {
  response: RoomsAdminPageEditMutation$data;
  variables: RoomsAdminPageEditMutation$variables;
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
    "concreteType": "RoomPayload",
    "kind": "LinkedField",
    "name": "editRoom",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "Room",
        "kind": "LinkedField",
        "name": "room",
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
            "name": "building",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "floor",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "capacity",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "facilities",
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
            "name": "isActive",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "noShowGraceMinutes",
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
    "name": "RoomsAdminPageEditMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RoomsAdminPageEditMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "357f6f09a42b1ca8487dfd5072e036b5",
    "id": "c5eeaa6a88c8c67ffc7c5d20d37f534d92c3838cb170525b35317575f9ac0e0f",
    "metadata": {},
    "name": "RoomsAdminPageEditMutation",
    "operationKind": "mutation",
    "text": "mutation RoomsAdminPageEditMutation(\n  $input: EditRoomInput!\n) {\n  editRoom(input: $input) {\n    room {\n      id\n      code\n      name\n      building\n      floor\n      capacity\n      facilities\n      description\n      isActive\n      noShowGraceMinutes\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b744f46ebda62492265880424df34644";

export default node;
