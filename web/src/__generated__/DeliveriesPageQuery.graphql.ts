/**
 * @generated SignedSource<<e1eeca99038eee4765f0df909a61d4ed>>
 * @relayHash 9997cf413ef621d856a31a6d2c9b14e0
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID ce82b64cd639c12348652ce7b357bc5e4a0a575937a9e1b6135dd7dcfcf304df

import { ConcreteRequest } from 'relay-runtime';
export type Channel = "EMAIL" | "PUSH" | "%future added value";
export type DeliveryStatus = "FAILED" | "PENDING" | "SENT" | "%future added value";
export type DeliveriesPageQuery$variables = {
  status?: DeliveryStatus | null | undefined;
};
export type DeliveriesPageQuery$data = {
  readonly notificationDeliveries: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly attempts: number;
        readonly channel: Channel;
        readonly id: string;
        readonly kind: string;
        readonly lastError: string | null | undefined;
        readonly nextAttemptAt: string | null | undefined;
        readonly recipientNrk: string;
        readonly sentAt: string | null | undefined;
        readonly status: DeliveryStatus;
      };
    }>;
    readonly totalCount: number;
  };
};
export type DeliveriesPageQuery = {
  response: DeliveriesPageQuery$data;
  variables: DeliveriesPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "status"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      },
      {
        "kind": "Variable",
        "name": "status",
        "variableName": "status"
      }
    ],
    "concreteType": "DeliveryConnection",
    "kind": "LinkedField",
    "name": "notificationDeliveries",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "totalCount",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "DeliveryEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Delivery",
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
                "name": "channel",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "status",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "attempts",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "lastError",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "nextAttemptAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "sentAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "kind",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "recipientNrk",
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
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "DeliveriesPageQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DeliveriesPageQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "9997cf413ef621d856a31a6d2c9b14e0",
    "id": "ce82b64cd639c12348652ce7b357bc5e4a0a575937a9e1b6135dd7dcfcf304df",
    "metadata": {},
    "name": "DeliveriesPageQuery",
    "operationKind": "query",
    "text": "query DeliveriesPageQuery(\n  $status: DeliveryStatus\n) {\n  notificationDeliveries(status: $status, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        channel\n        status\n        attempts\n        lastError\n        nextAttemptAt\n        sentAt\n        kind\n        recipientNrk\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a2e0bc7b7d926b2dae9960ab96dc368f";

export default node;
