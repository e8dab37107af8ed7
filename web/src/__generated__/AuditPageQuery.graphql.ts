/**
 * @generated SignedSource<<b8323fb46c5497e0399624ae11085bec>>
 * @relayHash 8b7966ef4ee45e0a859eb1f413af1838
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9dfa0da1a4ea420ceac4eeb9d81ad08a0b15bedbe50e7fd9b630ab65c313d5d2

import { ConcreteRequest } from 'relay-runtime';
export type Role = "ADMIN" | "EQUIPMENT_HEAD" | "LEADERSHIP" | "REQUESTER" | "SERVICE_HEAD" | "SERVICE_OFFICER" | "%future added value";
export type AuditPageQuery$variables = Record<PropertyKey, never>;
export type AuditPageQuery$data = {
  readonly users: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly nrk: string;
        readonly roles: ReadonlyArray<Role>;
      };
    }>;
  };
};
export type AuditPageQuery = {
  response: AuditPageQuery$data;
  variables: AuditPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "UserConnection",
    "kind": "LinkedField",
    "name": "users",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "UserEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "User",
            "kind": "LinkedField",
            "name": "node",
            "plural": false,
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
                "name": "nrk",
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
                "name": "roles",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "users(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AuditPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AuditPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "8b7966ef4ee45e0a859eb1f413af1838",
    "id": "9dfa0da1a4ea420ceac4eeb9d81ad08a0b15bedbe50e7fd9b630ab65c313d5d2",
    "metadata": {},
    "name": "AuditPageQuery",
    "operationKind": "query",
    "text": "query AuditPageQuery {\n  users(first: 100) {\n    edges {\n      node {\n        id\n        nrk\n        name\n        roles\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "141c467786f3aa6ae9281573526c8965";

export default node;
