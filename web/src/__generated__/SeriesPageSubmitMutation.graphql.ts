/**
 * @generated SignedSource<<d92e8714a41766008c733e9f759950e1>>
 * @relayHash fa466ab0666fd87ad2abbd7017a83d18
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 496503ff1074194b6956ad8e9188597b4376dcdf27571a35d241b5a85a09cd5b

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type Frequency = "DAILY" | "MONTHLY" | "WEEKLY" | "%future added value";
export type OccurrenceOutcome = "BOOKABLE" | "CONFLICT" | "HOLIDAY_SKIPPED" | "%future added value";
export type OnConflict = "ABORT" | "SKIP_CONFLICTS" | "%future added value";
export type Weekday = "FRIDAY" | "MONDAY" | "SATURDAY" | "SUNDAY" | "THURSDAY" | "TUESDAY" | "WEDNESDAY" | "%future added value";
export type SubmitSeriesInput = {
  endsAt: string;
  equipment?: ReadonlyArray<SeriesEquipmentInput>;
  idempotencyKey: string;
  letter: File;
  onConflict?: OnConflict;
  participants: number;
  purpose: string;
  recurrence: RecurrenceInput;
  roomId: string;
  skipHolidays?: boolean;
  startsAt: string;
  title: string;
};
export type RecurrenceInput = {
  count?: number | null | undefined;
  frequency: Frequency;
  interval?: number;
  until?: string | null | undefined;
  weekdays?: ReadonlyArray<Weekday> | null | undefined;
};
export type SeriesEquipmentInput = {
  equipmentId: string;
  quantity: number;
};
export type SeriesPageSubmitMutation$variables = {
  input: SubmitSeriesInput;
};
export type SeriesPageSubmitMutation$data = {
  readonly submitSeries: {
    readonly bookings: ReadonlyArray<{
      readonly id: string;
      readonly reference: string;
      readonly startsAt: string;
    }>;
    readonly conflicts: ReadonlyArray<{
      readonly code: ErrorCode | null | undefined;
      readonly date: string;
      readonly endsAt: string;
      readonly holiday: boolean;
      readonly message: string | null | undefined;
      readonly outcome: OccurrenceOutcome;
      readonly startsAt: string;
      readonly workingDay: boolean;
    }>;
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly field: string | null | undefined;
      readonly message: string;
    }>;
    readonly replayed: boolean;
    readonly series: {
      readonly id: string;
    } | null | undefined;
    readonly skipped: ReadonlyArray<{
      readonly date: string;
      readonly message: string | null | undefined;
    }>;
  };
};
export type SeriesPageSubmitMutation = {
  response: SeriesPageSubmitMutation$data;
  variables: SeriesPageSubmitMutation$variables;
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
  "name": "id",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "startsAt",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "date",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "message",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "code",
  "storageKey": null
},
v6 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "SubmitSeriesPayload",
    "kind": "LinkedField",
    "name": "submitSeries",
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
        "concreteType": "BookingSeries",
        "kind": "LinkedField",
        "name": "series",
        "plural": false,
        "selections": [
          (v1/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Booking",
        "kind": "LinkedField",
        "name": "bookings",
        "plural": true,
        "selections": [
          (v1/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "reference",
            "storageKey": null
          },
          (v2/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "SeriesOccurrence",
        "kind": "LinkedField",
        "name": "skipped",
        "plural": true,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/)
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "SeriesOccurrence",
        "kind": "LinkedField",
        "name": "conflicts",
        "plural": true,
        "selections": [
          (v3/*:: as any*/),
          (v2/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "endsAt",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "holiday",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "workingDay",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "outcome",
            "storageKey": null
          },
          (v5/*:: as any*/),
          (v4/*:: as any*/)
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
          (v5/*:: as any*/),
          (v4/*:: as any*/),
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
    "name": "SeriesPageSubmitMutation",
    "selections": (v6/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SeriesPageSubmitMutation",
    "selections": (v6/*:: as any*/)
  },
  "params": {
    "cacheID": "fa466ab0666fd87ad2abbd7017a83d18",
    "id": "496503ff1074194b6956ad8e9188597b4376dcdf27571a35d241b5a85a09cd5b",
    "metadata": {},
    "name": "SeriesPageSubmitMutation",
    "operationKind": "mutation",
    "text": "mutation SeriesPageSubmitMutation(\n  $input: SubmitSeriesInput!\n) {\n  submitSeries(input: $input) {\n    replayed\n    series {\n      id\n    }\n    bookings {\n      id\n      reference\n      startsAt\n    }\n    skipped {\n      date\n      message\n    }\n    conflicts {\n      date\n      startsAt\n      endsAt\n      holiday\n      workingDay\n      outcome\n      code\n      message\n    }\n    errors {\n      code\n      message\n      field\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c13c9066ce08bcd3e646c23a828005c9";

export default node;
