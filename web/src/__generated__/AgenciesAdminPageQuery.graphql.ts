/**
 * @generated SignedSource<<933aa4ad62f6d67d40aa432ef30d93a3>>
 * @relayHash 74c8cfd142c22fac1d395f35437a7752
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ecd2f197cca5838099922ff73cd722c0098c5a7dc560c74443426e855ca3486f

import { ConcreteRequest } from 'relay-runtime';
export type AgenciesAdminPageQuery$variables = Record<PropertyKey, never>;
export type AgenciesAdminPageQuery$data = {
  readonly agencies: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly code: string;
        readonly id: string;
        readonly isActive: boolean;
        readonly name: string;
      };
    }>;
  };
};
export type AgenciesAdminPageQuery = {
  response: AgenciesAdminPageQuery$data;
  variables: AgenciesAdminPageQuery$variables;
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
    "concreteType": "AgencyConnection",
    "kind": "LinkedField",
    "name": "agencies",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "AgencyEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Agency",
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
                "name": "isActive",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "agencies(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AgenciesAdminPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AgenciesAdminPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "74c8cfd142c22fac1d395f35437a7752",
    "id": "ecd2f197cca5838099922ff73cd722c0098c5a7dc560c74443426e855ca3486f",
    "metadata": {},
    "name": "AgenciesAdminPageQuery",
    "operationKind": "query",
    "text": "query AgenciesAdminPageQuery {\n  agencies(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        isActive\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "5c4c4f66a61ef861e921e8d6b07861ba";

export default node;
