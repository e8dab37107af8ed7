/**
 * @generated SignedSource<<9d9228ea55d3974b4d7580e765a44b95>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type BookingStatus = "APPROVED" | "AWAITING_REQUESTER" | "CANCELLED" | "COMPLETED" | "EQUIPMENT_REVIEW" | "NO_SHOW" | "REJECTED" | "REPORTED" | "RESCHEDULE_REQUIRED" | "REVISION_REQUESTED" | "SCHEDULING" | "SUBMITTED" | "VALIDATION" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type BookingPage_booking$data = {
  readonly agency: {
    readonly id: string;
    readonly name: string;
  };
  readonly createdAt: string;
  readonly endsAt: string;
  readonly equipment: ReadonlyArray<{
    readonly approvedQuantity: number | null | undefined;
    readonly equipment: {
      readonly id: string;
      readonly name: string;
      readonly unit: string;
    };
    readonly requestedQuantity: number;
  }>;
  readonly equipmentCheck: ReadonlyArray<{
    readonly equipment: {
      readonly id: string;
    };
    readonly freeQuantity: number;
    readonly shortfall: number;
  }>;
  readonly id: string;
  readonly participants: number;
  readonly purpose: string;
  readonly reference: string;
  readonly report: {
    readonly document: {
      readonly status: string;
      readonly url: string | null | undefined;
    } | null | undefined;
    readonly reportedAt: string;
  } | null | undefined;
  readonly requester: {
    readonly email: string | null | undefined;
    readonly name: string;
    readonly phone: string | null | undefined;
  };
  readonly room: {
    readonly capacity: number;
    readonly id: string;
    readonly name: string;
  };
  readonly series: {
    readonly id: string;
    readonly reference: string;
  } | null | undefined;
  readonly startsAt: string;
  readonly status: BookingStatus;
  readonly step: {
    readonly name: string;
    readonly number: number;
  } | null | undefined;
  readonly title: string;
  readonly " $fragmentSpreads": FragmentRefs<"Actions_booking" | "CheckIn_booking" | "History_booking" | "Letter_booking" | "NoShowRelease_booking" | "Suggestions_booking">;
  readonly " $fragmentType": "BookingPage_booking";
};
export type BookingPage_booking$key = {
  readonly " $data"?: BookingPage_booking$data;
  readonly " $fragmentSpreads": FragmentRefs<"BookingPage_booking">;
};

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "reference",
  "storageKey": null
},
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "status",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "BookingPage_booking",
  "selections": [
    (v0/*:: as any*/),
    (v1/*:: as any*/),
    (v2/*:: as any*/),
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
      "name": "purpose",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "participants",
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
      "name": "createdAt",
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
        (v0/*:: as any*/),
        (v3/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "capacity",
          "storageKey": null
        }
      ],
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
        (v0/*:: as any*/),
        (v3/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "User",
      "kind": "LinkedField",
      "name": "requester",
      "plural": false,
      "selections": [
        (v3/*:: as any*/),
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "phone",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "email",
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "Step",
      "kind": "LinkedField",
      "name": "step",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "number",
          "storageKey": null
        },
        (v3/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "EquipmentLine",
      "kind": "LinkedField",
      "name": "equipment",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "requestedQuantity",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "approvedQuantity",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "EquipmentItem",
          "kind": "LinkedField",
          "name": "equipment",
          "plural": false,
          "selections": [
            (v0/*:: as any*/),
            (v3/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "unit",
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
      "concreteType": "EquipmentCheck",
      "kind": "LinkedField",
      "name": "equipmentCheck",
      "plural": true,
      "selections": [
        {
          "alias": null,
          "args": null,
          "concreteType": "EquipmentItem",
          "kind": "LinkedField",
          "name": "equipment",
          "plural": false,
          "selections": [
            (v0/*:: as any*/)
          ],
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "freeQuantity",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "shortfall",
          "storageKey": null
        }
      ],
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
        (v0/*:: as any*/),
        (v1/*:: as any*/)
      ],
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "EventReport",
      "kind": "LinkedField",
      "name": "report",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "reportedAt",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "concreteType": "LeadershipDocument",
          "kind": "LinkedField",
          "name": "document",
          "plural": false,
          "selections": [
            (v2/*:: as any*/),
            {
              "alias": null,
              "args": null,
              "kind": "ScalarField",
              "name": "url",
              "storageKey": null
            }
          ],
          "storageKey": null
        }
      ],
      "storageKey": null
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "CheckIn_booking"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "NoShowRelease_booking"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "Actions_booking"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "History_booking"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "Letter_booking"
    },
    {
      "args": null,
      "kind": "FragmentSpread",
      "name": "Suggestions_booking"
    }
  ],
  "type": "Booking",
  "abstractKey": null
};
})();

(node as any).hash = "2170a2e17c173c47dd3c2be844194d8a";

export default node;
