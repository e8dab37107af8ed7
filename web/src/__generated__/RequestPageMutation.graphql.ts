/**
 * @generated SignedSource<<15f0180c64dd9f79869bead95f55c1e2>>
 * @relayHash 93fee1dc863ab46d5e0bf23fa7b5714b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 8f2709d0b91a3fa148212f12cc2691a7d3e04cb952d660cd2aa6f0cd4ae8154a

import { ConcreteRequest } from 'relay-runtime';
export type BookingRule = "BOOKABLE_HOURS" | "BUFFER" | "CAPACITY" | "MAX_ADVANCE" | "MAX_DURATION" | "MIN_LEAD_TIME" | "%future added value";
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type SubmitBookingInput = {
  endsAt: string;
  equipment?: ReadonlyArray<EquipmentRequestInput>;
  idempotencyKey: string;
  letter: File;
  participants: number;
  purpose: string;
  roomId: string;
  startsAt: string;
  title: string;
};
export type EquipmentRequestInput = {
  equipmentId: string;
  quantity: number;
};
export type RequestPageMutation$variables = {
  input: SubmitBookingInput;
};
export type RequestPageMutation$data = {
  readonly submitBooking: {
    readonly booking: {
      readonly id: string;
      readonly reference: string;
      readonly status: BookingStatus;
    } | null | undefined;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
      readonly rule: BookingRule | null | undefined;
    }>;
    readonly replayed: boolean;
  };
};
export type RequestPageMutation = {
  response: RequestPageMutation$data;
  variables: RequestPageMutation$variables;
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
    "concreteType": "SubmitBookingPayload",
    "kind": "LinkedField",
    "name": "submitBooking",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "replayed",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Booking",
        "kind": "LinkedField",
        "name": "booking",
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
            "name": "reference",
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
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "field",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "rule",
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
    "name": "RequestPageMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RequestPageMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "93fee1dc863ab46d5e0bf23fa7b5714b",
    "id": "8f2709d0b91a3fa148212f12cc2691a7d3e04cb952d660cd2aa6f0cd4ae8154a",
    "metadata": {},
    "name": "RequestPageMutation",
    "operationKind": "mutation",
    "text": "mutation RequestPageMutation(\n  $input: SubmitBookingInput!\n) {\n  submitBooking(input: $input) {\n    replayed\n    booking {\n      id\n      reference\n      status\n    }\n    errors {\n      code\n      message\n      field\n      rule\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "0312e0ce39be36e605fd9e69602ad365";

export default node;
