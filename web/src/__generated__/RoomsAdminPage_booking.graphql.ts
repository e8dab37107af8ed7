/**
 * @generated SignedSource<<bdcf56eecd5daf3202aff89763d224d0>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type RoomsAdminPage_booking$data = {
  readonly agency: {
    readonly name: string;
  };
  readonly endsAt: string;
  readonly id: string;
  readonly reference: string;
  readonly startsAt: string;
  readonly status: BookingStatus;
  readonly title: string;
  readonly " $fragmentType": "RoomsAdminPage_booking";
};
export type RoomsAdminPage_booking$key = {
  readonly " $data"?: RoomsAdminPage_booking$data;
  readonly " $fragmentSpreads": FragmentRefs<"RoomsAdminPage_booking">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RoomsAdminPage_booking",
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
      "name": "title",
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
      "concreteType": "Agency",
      "kind": "LinkedField",
      "name": "agency",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "name",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Booking",
  "abstractKey": null
};

(node as any).hash = "9cd1d113a16d4a5b90a390458f90cb3c";

export default node;
