/**
 * @generated SignedSource<<f92eeb07e6fcdd4d952363187bc242b6>>
 * @relayHash b0044ac186b586fe7ccb65eef31a5a5a
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9d5c7b43dcb51bac7f8a0e4f47de962aa3b401f342a23c7095331b27eda873db

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
        "value": 200
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
    "storageKey": "users(first:200)"
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
    "cacheID": "b0044ac186b586fe7ccb65eef31a5a5a",
    "id": "9d5c7b43dcb51bac7f8a0e4f47de962aa3b401f342a23c7095331b27eda873db",
    "metadata": {},
    "name": "AuditPageQuery",
    "operationKind": "query",
    "text": "query AuditPageQuery {\n  users(first: 200) {\n    edges {\n      node {\n        id\n        nrk\n        name\n        roles\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5df3574dd59f593afbae3b0165bff43a";

export default node;
