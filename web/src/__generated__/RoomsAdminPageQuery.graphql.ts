/**
 * @generated SignedSource<<e5c4a96ff61ddeea8c5a600d51adaec3>>
 * @relayHash 5b0f49bd93f0f22a7ff31638dca00cf9
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 06c24e3bbba38d03e16fc6f2840b466beb8187007d481689b3e66275631ee6bd

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
        readonly noShowGraceMinutes: number | null | undefined;
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
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "noShowGraceMinutes",
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
    "cacheID": "5b0f49bd93f0f22a7ff31638dca00cf9",
    "id": "06c24e3bbba38d03e16fc6f2840b466beb8187007d481689b3e66275631ee6bd",
    "metadata": {},
    "name": "RoomsAdminPageQuery",
    "operationKind": "query",
    "text": "query RoomsAdminPageQuery {\n  allRooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n        building\n        floor\n        capacity\n        facilities\n        description\n        isActive\n        noShowGraceMinutes\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "36309bfe2579277c83002eb971aec1a3";

export default node;
