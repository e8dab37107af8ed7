/**
 * @generated SignedSource<<cb0cc80eaa5226a21cbbf02691ae0ac1>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type Letter_booking$data = {
  readonly id: string;
  readonly letter: {
    readonly contentType: string;
    readonly size: number;
  } | null | undefined;
  readonly reference: string;
  readonly " $fragmentType": "Letter_booking";
};
export type Letter_booking$key = {
  readonly " $data"?: Letter_booking$data;
  readonly " $fragmentSpreads": FragmentRefs<"Letter_booking">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "Letter_booking",
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
      "concreteType": "Document",
      "kind": "LinkedField",
      "name": "letter",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "contentType",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "size",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Booking",
  "abstractKey": null
};

(node as any).hash = "312aa46613fdcdc6fa5cd7704c1ceadc";

export default node;
