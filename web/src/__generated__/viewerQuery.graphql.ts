/**
 * @generated SignedSource<<44e1b5eb5aca4f40fded8e102eb863a9>>
 * @relayHash 5f155fdaed5c29f607048519046c943f
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ea5076c5dd74e1f6f4899f37a60bbe50134d9870a918682912ead7c8eb76c2eb

import { ConcreteRequest } from 'relay-runtime';
export type Role = "ADMIN" | "EQUIPMENT_HEAD" | "LEADERSHIP" | "REQUESTER" | "SERVICE_HEAD" | "SERVICE_OFFICER" | "%future added value";
export type viewerQuery$variables = Record<PropertyKey, never>;
export type viewerQuery$data = {
  readonly me: {
    readonly agency: {
      readonly id: string;
      readonly name: string;
    } | null | undefined;
    readonly id: string;
    readonly language: string;
    readonly name: string;
    readonly nrk: string;
    readonly roles: ReadonlyArray<Role>;
  } | null | undefined;
};
export type viewerQuery = {
  response: viewerQuery$data;
  variables: viewerQuery$variables;
};

const node: ConcreteRequest = (function(){
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
},
v2 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "User",
    "kind": "LinkedField",
    "name": "me",
    "plural": false,
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
        "name": "roles",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "language",
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
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "viewerQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "viewerQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "5f155fdaed5c29f607048519046c943f",
    "id": "ea5076c5dd74e1f6f4899f37a60bbe50134d9870a918682912ead7c8eb76c2eb",
    "metadata": {},
    "name": "viewerQuery",
    "operationKind": "query",
    "text": "query viewerQuery {\n  me {\n    id\n    nrk\n    name\n    roles\n    language\n    agency {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c11d3ca38e3a2ff4cec3829b25d02c40";

export default node;
