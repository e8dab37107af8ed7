/**
 * @generated SignedSource<<5e9dfcea5dc171635e118fed9cdd676e>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type BookingAction = "ACCEPT_SUGGESTION" | "APPROVE" | "CANCEL" | "CHECK_IN" | "COMPLETE" | "DISPLACE" | "PROCEED_WITH_SHORTFALL" | "REJECT" | "RELEASE_NO_SHOW" | "REPORT" | "REQUEST_REVISION" | "RESCHEDULE" | "RESUBMIT" | "REVIEW_EQUIPMENT" | "SUBMIT" | "VALIDATE" | "VERIFY" | "WITHDRAW" | "%future added value";
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
export type Role = "ADMIN" | "EQUIPMENT_HEAD" | "LEADERSHIP" | "REQUESTER" | "SERVICE_HEAD" | "SERVICE_OFFICER" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type History_booking$data = {
  readonly history: ReadonlyArray<{
    readonly action: BookingAction;
    readonly actor: {
      readonly name: string;
    } | null | undefined;
    readonly actorRole: Role | null | undefined;
    readonly at: string;
    readonly fromStatus: BookingStatus | null | undefined;
    readonly note: string | null | undefined;
    readonly toStatus: BookingStatus;
  }>;
  readonly " $fragmentType": "History_booking";
};
export type History_booking$key = {
  readonly " $data"?: History_booking$data;
  readonly " $fragmentSpreads": FragmentRefs<"History_booking">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "History_booking",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "HistoryEntry",
      "kind": "LinkedField",
      "name": "history",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "at",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "action",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "fromStatus",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "toStatus",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "actorRole",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "note",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "User",
          "kind": "LinkedField",
          "name": "actor",
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
      "storageKey": null
    }
  ],
  "type": "Booking",
  "abstractKey": null
};

(node as any).hash = "7ef6c710606d38bf67face97488aa8bb";

export default node;
