/**
 * @generated SignedSource<<9ebca50954dc47813a2b2ec509472fc2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type RoomsAdminPage_room$data = {
  readonly building: string;
  readonly capacity: number;
  readonly code: string;
  readonly description: string | null | undefined;
  readonly facilities: ReadonlyArray<string>;
  readonly floor: string;
  readonly id: string;
  readonly isActive: boolean;
  readonly name: string;
  readonly noShowGraceMinutes: number | null | undefined;
  readonly " $fragmentType": "RoomsAdminPage_room";
};
export type RoomsAdminPage_room$key = {
  readonly " $data"?: RoomsAdminPage_room$data;
  readonly " $fragmentSpreads": FragmentRefs<"RoomsAdminPage_room">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "RoomsAdminPage_room",
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
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "facilities",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "description",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "isActive",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "noShowGraceMinutes",
      "storageKey": null
    }
  ],
  "type": "Room",
  "abstractKey": null
};

(node as any).hash = "d5bd9ce8985c1dee0eab039555ced30e";

export default node;
