/**
 * @generated SignedSource<<9bf5d69bc421da3a801cb98b14908f7a>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type BookingAction = "ACCEPT_SUGGESTION" | "APPROVE" | "CANCEL" | "CHECK_IN" | "COMPLETE" | "DISPLACE" | "PROCEED_WITH_SHORTFALL" | "REJECT" | "RELEASE_NO_SHOW" | "REPORT" | "REQUEST_REVISION" | "RESCHEDULE" | "RESUBMIT" | "REVIEW_EQUIPMENT" | "SUBMIT" | "VALIDATE" | "VERIFY" | "WITHDRAW" | "%future added value";
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type CheckIn_booking$data = {
  readonly availableActions: ReadonlyArray<BookingAction>;
  readonly checkedInAt: string | null | undefined;
  readonly endsAt: string;
  readonly id: string;
  readonly room: {
    readonly noShowGraceMinutes: number | null | undefined;
  };
  readonly startsAt: string;
  readonly status: BookingStatus;
  readonly " $fragmentType": "CheckIn_booking";
};
export type CheckIn_booking$key = {
  readonly " $data"?: CheckIn_booking$data;
  readonly " $fragmentSpreads": FragmentRefs<"CheckIn_booking">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "CheckIn_booking",
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
      "name": "status",
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
      "name": "checkedInAt",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "availableActions",
      "storageKey": null
    },
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
          "name": "noShowGraceMinutes",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Booking",
  "abstractKey": null
};

(node as any).hash = "df5c68191c48572a0322a7d42ea199d1";

export default node;
