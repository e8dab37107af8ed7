/**
 * @generated SignedSource<<baafeb64f08db760241e7a64045ac0b9>>
 * @relayHash 810e703e20c17f06b1d02587656413e6
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5fefa5508f03e6f7074df8e29b9d71733f7ed621e3ffb1860c6ec7a8da068c49

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type CreateRoomInput = {
  room: RoomInput;
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
export type RoomsAdminPageCreateMutation$variables = {
  input: CreateRoomInput;
};
export type RoomsAdminPageCreateMutation$data = {
  readonly createRoom: {
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
export type RoomsAdminPageCreateMutation = {
  response: RoomsAdminPageCreateMutation$data;
  variables: RoomsAdminPageCreateMutation$variables;
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
    "name": "createRoom",
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
    "name": "RoomsAdminPageCreateMutation",
    "selections": (v2/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RoomsAdminPageCreateMutation",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "810e703e20c17f06b1d02587656413e6",
    "id": "5fefa5508f03e6f7074df8e29b9d71733f7ed621e3ffb1860c6ec7a8da068c49",
    "metadata": {},
    "name": "RoomsAdminPageCreateMutation",
    "operationKind": "mutation",
    "text": "mutation RoomsAdminPageCreateMutation(\n  $input: CreateRoomInput!\n) {\n  createRoom(input: $input) {\n    room {\n      id\n      code\n      name\n      building\n      floor\n      capacity\n      facilities\n      description\n      isActive\n      noShowGraceMinutes\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "7975249ec710fc43614bed8a63c4598a";

export default node;
