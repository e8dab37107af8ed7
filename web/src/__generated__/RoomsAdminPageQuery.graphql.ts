/**
 * @generated SignedSource<<22ebd88e48064fc3c54141582aa4545b>>
 * @relayHash d161f0769d1afc41449bfdb99709572f
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID cfa7aa3424a8706ab7e50499748289cfcd56eae5fa670fc1f21af8814dc7c944

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
        "value": 100
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
    "storageKey": "allRooms(first:100)"
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
    "cacheID": "d161f0769d1afc41449bfdb99709572f",
    "id": "cfa7aa3424a8706ab7e50499748289cfcd56eae5fa670fc1f21af8814dc7c944",
    "metadata": {},
    "name": "RoomsAdminPageQuery",
    "operationKind": "query",
    "text": "query RoomsAdminPageQuery {\n  allRooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        building\n        floor\n        capacity\n        facilities\n        description\n        isActive\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "69113589580704f47b31c7dfd4e63504";

export default node;
