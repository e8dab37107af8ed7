/**
 * @generated SignedSource<<38eca8f701391898287d6a89ef084dc8>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
export type Role = "ADMIN" | "EQUIPMENT_HEAD" | "LEADERSHIP" | "REQUESTER" | "SERVICE_HEAD" | "SERVICE_OFFICER" | "%future added value";
import { FragmentRefs } from "relay-runtime";
export type UsersAdminPage_user$data = {
  readonly agency: {
    readonly id: string;
    readonly name: string;
  } | null | undefined;
  readonly email: string | null | undefined;
  readonly id: string;
  readonly isActive: boolean;
  readonly lockedUntil: string | null | undefined;
  readonly mustChangePassword: boolean;
  readonly name: string;
  readonly nrk: string;
  readonly roles: ReadonlyArray<Role>;
  readonly " $fragmentType": "UsersAdminPage_user";
};
export type UsersAdminPage_user$key = {
  readonly " $data"?: UsersAdminPage_user$data;
  readonly " $fragmentSpreads": FragmentRefs<"UsersAdminPage_user">;
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
  "name": "name",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "UsersAdminPage_user",
  "selections": [
    (v0/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "nrk",
      "storageKey": null
    },
    (v1/*:: as any*/),
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "email",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "roles",
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
      "name": "mustChangePassword",
      "storageKey": null
    },
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "lockedUntil",
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
        (v1/*:: as any*/)
      ],
      "storageKey": null
    }
  ],
  "type": "User",
  "abstractKey": null
};
})();

(node as any).hash = "d8d1d145b67fe1bc9afa8ae3eed78332";

export default node;
