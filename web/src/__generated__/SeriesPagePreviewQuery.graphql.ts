/**
 * @generated SignedSource<<c002d93772bccca7453424deda77271c>>
 * @relayHash e5ac7035002219c089dff397749b6e51
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 5f22fb77b94c3748318479970ae7f6043df5774308320b1d59180f52c8514c7d

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type Frequency = "DAILY" | "MONTHLY" | "WEEKLY" | "%future added value";
export type OccurrenceOutcome = "BOOKABLE" | "CONFLICT" | "HOLIDAY_SKIPPED" | "%future added value";
export type Weekday = "FRIDAY" | "MONDAY" | "SATURDAY" | "SUNDAY" | "THURSDAY" | "TUESDAY" | "WEDNESDAY" | "%future added value";
export type PreviewSeriesInput = {
  endsAt: string;
  equipment?: ReadonlyArray<SeriesEquipmentInput>;
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
export type SeriesPagePreviewQuery$variables = {
  input: PreviewSeriesInput;
};
export type SeriesPagePreviewQuery$data = {
  readonly previewSeries: ReadonlyArray<{
    readonly code: ErrorCode | null | undefined;
    readonly date: string;
    readonly endsAt: string;
    readonly holiday: boolean;
    readonly message: string | null | undefined;
    readonly outcome: OccurrenceOutcome;
    readonly startsAt: string;
    readonly workingDay: boolean;
  }>;
};
export type SeriesPagePreviewQuery = {
  response: SeriesPagePreviewQuery$data;
  variables: SeriesPagePreviewQuery$variables;
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
    "concreteType": "SeriesOccurrence",
    "kind": "LinkedField",
    "name": "previewSeries",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "date",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "startsAt",
        "storageKey": null
      },
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
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "SeriesPagePreviewQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "SeriesPagePreviewQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "e5ac7035002219c089dff397749b6e51",
    "id": "5f22fb77b94c3748318479970ae7f6043df5774308320b1d59180f52c8514c7d",
    "metadata": {},
    "name": "SeriesPagePreviewQuery",
    "operationKind": "query",
    "text": "query SeriesPagePreviewQuery(\n  $input: PreviewSeriesInput!\n) {\n  previewSeries(input: $input) {\n    date\n    startsAt\n    endsAt\n    holiday\n    workingDay\n    outcome\n    code\n    message\n  }\n}\n"
  }
};
})();

(node as any).hash = "b664d6fde526da4bf537e8fe5aff2cfc";

export default node;
