/**
 * @generated SignedSource<<50991fb57ff01f34d94bd815aaff5caa>>
 * @relayHash 8593d89f5bd22bee52fabfac1b83f128
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID f304642d5e179b5e17a7352b662a952cc668b477824a76f5b543a1f7db94e662

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
    readonly mustChangePassword: boolean;
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
        "kind": "ScalarField",
        "name": "mustChangePassword",
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
    "cacheID": "8593d89f5bd22bee52fabfac1b83f128",
    "id": "f304642d5e179b5e17a7352b662a952cc668b477824a76f5b543a1f7db94e662",
    "metadata": {},
    "name": "viewerQuery",
    "operationKind": "query",
    "text": "query viewerQuery {\n  me {\n    id\n    nrk\n    name\n    roles\n    language\n    mustChangePassword\n    agency {\n      id\n      name\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "7001f9412b82898bf3a9203e55593ce2";

export default node;
