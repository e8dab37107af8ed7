/**
 * @generated SignedSource<<7d4759b5a624465202704d98bed3adc3>>
 * @relayHash 6a6c1f2ee081e1ef66857567865d4be3
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 089e25cb130cd06cf57b84f7a10ee98a1e1ff6037535cb81c17e74b2643b859f

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
        "value": 500
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
    "storageKey": "agencies(first:500)"
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
    "cacheID": "6a6c1f2ee081e1ef66857567865d4be3",
    "id": "089e25cb130cd06cf57b84f7a10ee98a1e1ff6037535cb81c17e74b2643b859f",
    "metadata": {},
    "name": "AgenciesAdminPageQuery",
    "operationKind": "query",
    "text": "query AgenciesAdminPageQuery {\n  agencies(first: 500) {\n    edges {\n      node {\n        id\n        code\n        name\n        isActive\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "d1ae32923233b4a8c46e5ba6906dd887";

export default node;
