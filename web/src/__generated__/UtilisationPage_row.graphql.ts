/**
 * @generated SignedSource<<5a809a3d4bb196a0ef243b36ee7e1f1f>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type UtilisationPage_row$data = {
  readonly bookableHours: number | null | undefined;
  readonly booked: number;
  readonly bookedHours: number;
  readonly cancellationRate: number | null | undefined;
  readonly cancellations: number;
  readonly key: string;
  readonly meanLeadHours: number | null | undefined;
  readonly name: string;
  readonly noShowRate: number | null | undefined;
  readonly noShows: number;
  readonly requests: number;
  readonly usedHours: number;
  readonly utilisation: number | null | undefined;
  readonly " $fragmentType": "UtilisationPage_row";
};
export type UtilisationPage_row$key = {
  readonly " $data"?: UtilisationPage_row$data;
  readonly " $fragmentSpreads": FragmentRefs<"UtilisationPage_row">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "UtilisationPage_row",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "key",
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
      "name": "bookableHours",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "bookedHours",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "usedHours",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "utilisation",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "requests",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "booked",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "noShows",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "noShowRate",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "cancellations",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "cancellationRate",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "meanLeadHours",
      "storageKey": null
    }
  ],
  "type": "UtilisationRow",
  "abstractKey": null
};

(node as any).hash = "8bac1e9725daad53f7885bc181817c62";

export default node;
