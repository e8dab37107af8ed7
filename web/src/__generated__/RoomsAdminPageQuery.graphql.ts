/**
 * @generated SignedSource<<b52d9dfa7d49fe7d662f1958590f0ad3>>
 * @relayHash 2f48ec1768619af54f5fdb6488980050
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 91b17edb24e78d1500b04c19bbbbb00100e178321c0db14c455fa095e05b9124

import { ConcreteRequest } from 'relay-runtime';
export type RoomsAdminPageQuery$variables = Record<PropertyKey, never>;
export type RoomsAdminPageQuery$data = {
  readonly allRooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly building: string;
        readonly capacity: number;
        readonly code: string;
        readonly description: string | null | undefined;
        readonly facilities: ReadonlyArray<string>;
        readonly floor: string;
        readonly id: string;
        readonly isActive: boolean;
        readonly name: string;
      };
    }>;
  };
};
export type RoomsAdminPageQuery = {
  response: RoomsAdminPageQuery$data;
  variables: RoomsAdminPageQuery$variables;
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
    "concreteType": "RoomConnection",
    "kind": "LinkedField",
    "name": "allRooms",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "RoomEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Room",
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
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "allRooms(first:500)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "RoomsAdminPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RoomsAdminPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "2f48ec1768619af54f5fdb6488980050",
    "id": "91b17edb24e78d1500b04c19bbbbb00100e178321c0db14c455fa095e05b9124",
    "metadata": {},
    "name": "RoomsAdminPageQuery",
    "operationKind": "query",
    "text": "query RoomsAdminPageQuery {\n  allRooms(first: 500) {\n    edges {\n      node {\n        id\n        code\n        name\n        building\n        floor\n        capacity\n        facilities\n        description\n        isActive\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "d01a829786613620583a035004dfdfb2";

export default node;
