/**
 * @generated SignedSource<<8fae9423199d5ab2042b2a6c5d43f9d7>>
 * @relayHash cc687c1e3c0dd7edb710aec84720714b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ae0a5084c5c7bfd207b2d7a52f6426d1d2542da62ca3ffacff8958cb17f24dff

import { ConcreteRequest } from 'relay-runtime';
export type AdminHomeQuery$variables = Record<PropertyKey, never>;
export type AdminHomeQuery$data = {
  readonly failed: {
    readonly totalCount: number;
  };
  readonly pending: {
    readonly totalCount: number;
  };
  readonly rooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly id: string;
        readonly name: string;
        readonly rules: {
          readonly bufferMinutes: number;
          readonly maxDurationMinutes: number;
          readonly minLeadMinutes: number;
        };
      };
    }>;
    readonly totalCount: number;
  };
};
export type AdminHomeQuery = {
  response: AdminHomeQuery$data;
  variables: AdminHomeQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "kind": "Literal",
  "name": "first",
  "value": 1
},
v1 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "totalCount",
  "storageKey": null
},
v2 = [
  (v1/*:: as any*/)
],
v3 = [
  {
    "alias": "failed",
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "status",
        "value": "FAILED"
      }
    ],
    "concreteType": "DeliveryConnection",
    "kind": "LinkedField",
    "name": "notificationDeliveries",
    "plural": false,
    "selections": (v2/*:: as any*/),
    "storageKey": "notificationDeliveries(first:1,status:\"FAILED\")"
  },
  {
    "alias": "pending",
    "args": [
      (v0/*:: as any*/),
      {
        "kind": "Literal",
        "name": "status",
        "value": "PENDING"
      }
    ],
    "concreteType": "DeliveryConnection",
    "kind": "LinkedField",
    "name": "notificationDeliveries",
    "plural": false,
    "selections": (v2/*:: as any*/),
    "storageKey": "notificationDeliveries(first:1,status:\"PENDING\")"
  },
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
    "name": "rooms",
    "plural": false,
    "selections": [
      (v1/*:: as any*/),
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
                "name": "name",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "RoomRules",
                "kind": "LinkedField",
                "name": "rules",
                "plural": false,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "minLeadMinutes",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "bufferMinutes",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "maxDurationMinutes",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "rooms(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "AdminHomeQuery",
    "selections": (v3/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "AdminHomeQuery",
    "selections": (v3/*:: as any*/)
  },
  "params": {
    "cacheID": "cc687c1e3c0dd7edb710aec84720714b",
    "id": "ae0a5084c5c7bfd207b2d7a52f6426d1d2542da62ca3ffacff8958cb17f24dff",
    "metadata": {},
    "name": "AdminHomeQuery",
    "operationKind": "query",
    "text": "query AdminHomeQuery {\n  failed: notificationDeliveries(status: FAILED, first: 1) {\n    totalCount\n  }\n  pending: notificationDeliveries(status: PENDING, first: 1) {\n    totalCount\n  }\n  rooms(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        name\n        rules {\n          minLeadMinutes\n          bufferMinutes\n          maxDurationMinutes\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "c14e0e750949332c2dce75fbfb48531f";

export default node;
