/**
 * @generated SignedSource<<c84ede03df74666493a35b5e1a0ee909>>
 * @relayHash 2ac681fb9eee22d0dfeac57a9fabddb5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID e3350312f8f20d3ea3f60b48d4d9e7410bb156d0c7c1de2afd244786c1ab575d

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type SetRoomRulesInput = {
  bookableHours?: ReadonlyArray<WeekdayHoursInput> | null | undefined;
  bufferMinutes?: number | null | undefined;
  maxAdvanceDays?: number | null | undefined;
  maxDurationMinutes?: number | null | undefined;
  minLeadMinutes?: number | null | undefined;
  roomId: string;
};
export type WeekdayHoursInput = {
  closesAt: string;
  opensAt: string;
  weekday: number;
};
export type RoomRulesPageSetMutation$variables = {
  input: SetRoomRulesInput;
};
export type RoomRulesPageSetMutation$data = {
  readonly setRoomRules: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly room: {
      readonly id: string;
      readonly rules: {
        readonly bookableHours: ReadonlyArray<{
          readonly closesAt: string;
          readonly opensAt: string;
          readonly weekday: number;
        }>;
        readonly bufferMinutes: number;
        readonly maxAdvanceDays: number;
        readonly maxDurationMinutes: number;
        readonly minLeadMinutes: number;
      };
    } | null | undefined;
  };
};
export type RoomRulesPageSetMutation = {
  response: RoomRulesPageSetMutation$data;
  variables: RoomRulesPageSetMutation$variables;
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
    "concreteType": "SetRoomRulesPayload",
    "kind": "LinkedField",
    "name": "setRoomRules",
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
          {
            "alias": null,
            "args": null,
            "concreteType": "RoomRules",
            "kind": "LinkedField",
            "name": "rules",
            "plural": false,
            "selections": [
              {
                "alias": null,
                "args": null,
                "concreteType": "WeekdayHours",
                "kind": "LinkedField",
                "name": "bookableHours",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "weekday",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "opensAt",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "closesAt",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "minLeadMinutes",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "maxAdvanceDays",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "maxDurationMinutes",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "bufferMinutes",
                "storageKey": null
              }
            ],
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
    "name": "RoomRulesPageSetMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RoomRulesPageSetMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "2ac681fb9eee22d0dfeac57a9fabddb5",
    "id": "e3350312f8f20d3ea3f60b48d4d9e7410bb156d0c7c1de2afd244786c1ab575d",
    "metadata": {},
    "name": "RoomRulesPageSetMutation",
    "operationKind": "mutation",
    "text": "mutation RoomRulesPageSetMutation(\n  $input: SetRoomRulesInput!\n) {\n  setRoomRules(input: $input) {\n    room {\n      id\n      rules {\n        bookableHours {\n          weekday\n          opensAt\n          closesAt\n        }\n        minLeadMinutes\n        maxAdvanceDays\n        maxDurationMinutes\n        bufferMinutes\n      }\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "de9debb0acbe967476b5e8b3db33e830";

export default node;
