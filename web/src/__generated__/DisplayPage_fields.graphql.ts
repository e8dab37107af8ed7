/**
 * @generated SignedSource<<4c36e07afc5d662220c9cfe5d23af825>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type DisplayEntryKind = "BOOKING" | "LEADERSHIP_EVENT" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type DisplayPage_fields$data = {
  readonly checkInCode: string | null | undefined;
  readonly closesAt: string;
  readonly current: {
    readonly agencyName: string | null | undefined;
    readonly confirmed: boolean;
    readonly endsAt: string;
    readonly kind: DisplayEntryKind;
    readonly startsAt: string;
    readonly title: string | null | undefined;
  } | null | undefined;
  readonly date: string;
  readonly freeUntil: string | null | undefined;
  readonly isOpen: boolean;
  readonly next: ReadonlyArray<{
    readonly agencyName: string | null | undefined;
    readonly confirmed: boolean;
    readonly endsAt: string;
    readonly kind: DisplayEntryKind;
    readonly startsAt: string;
    readonly title: string | null | undefined;
  }>;
  readonly now: string;
  readonly opensAt: string;
  readonly room: {
    readonly building: string;
    readonly capacity: number;
    readonly code: string;
    readonly floor: string;
    readonly name: string;
  };
  readonly schedule: ReadonlyArray<{
    readonly agencyName: string | null | undefined;
    readonly confirmed: boolean;
    readonly endsAt: string;
    readonly kind: DisplayEntryKind;
    readonly startsAt: string;
    readonly title: string | null | undefined;
  }>;
  readonly " $fragmentType": "DisplayPage_fields";
};
export type DisplayPage_fields$key = {
  readonly " $data"?: DisplayPage_fields$data;
  readonly " $fragmentSpreads": FragmentRefs<"DisplayPage_fields">;
};

const node: ReaderFragment = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "kind",
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
    "name": "agencyName",
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
    "name": "confirmed",
    "storageKey": null
  }
];
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "DisplayPage_fields",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "DisplayRoom",
      "kind": "LinkedField",
      "name": "room",
      "plural": false,
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
        }
      ],
      "storageKey": null
    },
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
      "name": "now",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "isOpen",
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "freeUntil",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "checkInCode",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "DisplayEntry",
      "kind": "LinkedField",
      "name": "current",
      "plural": false,
      "selections": (v0/*:: as any*/),
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "DisplayEntry",
      "kind": "LinkedField",
      "name": "next",
      "plural": true,
      "selections": (v0/*:: as any*/),
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "DisplayEntry",
      "kind": "LinkedField",
      "name": "schedule",
      "plural": true,
      "selections": (v0/*:: as any*/),
      "storageKey": null
    }
  ],
  "type": "RoomDisplay",
  "abstractKey": null
};
})();

(node as any).hash = "8eb598f33edca2454eb0608c921449e1";

export default node;
