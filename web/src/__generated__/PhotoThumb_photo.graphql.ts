/**
 * @generated SignedSource<<7e8f53b4c39f979915f06714e22854e2>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type PhotoStatus = "FAILED" | "PROCESSING" | "READY" | "UPLOADING" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type PhotoThumb_photo$data = {
  readonly failureReason: string | null | undefined;
  readonly id: string;
  readonly renditions: ReadonlyArray<{
    readonly format: string;
    readonly height: number;
    readonly name: string;
    readonly url: string;
    readonly width: number;
  }>;
  readonly status: PhotoStatus;
  readonly " $fragmentType": "PhotoThumb_photo";
};
export type PhotoThumb_photo$key = {
  readonly " $data"?: PhotoThumb_photo$data;
  readonly " $fragmentSpreads": FragmentRefs<"PhotoThumb_photo">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "PhotoThumb_photo",
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
      "name": "failureReason",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "concreteType": "PhotoRendition",
      "kind": "LinkedField",
      "name": "renditions",
      "plural": true,
      "selections": [
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
          "name": "format",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "width",
          "storageKey": null
        },
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "height",
          "storageKey": null
        },
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
  "type": "Photo",
  "abstractKey": null
};

(node as any).hash = "c67516b665b2e96bf0f5b4beeb96f8c4";

export default node;
