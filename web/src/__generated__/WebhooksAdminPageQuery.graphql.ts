/**
 * @generated SignedSource<<d109b823baa924b1451467b553403648>>
 * @relayHash a425ac486387a2a3d54a2af91ca059da
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 296819420dc601b979b044a76a084e78ffaa7ce23d32a853855240b74be85bcb

import { ConcreteRequest } from 'relay-runtime';
export type WebhookEventType = "BOOKING_CANCELLED" | "BOOKING_SCHEDULE_CHANGED" | "BOOKING_STATUS_CHANGED" | "REPORT_SUBMITTED" | "%future added value";
export type WebhooksAdminPageQuery$variables = Record<PropertyKey, never>;
export type WebhooksAdminPageQuery$data = {
  readonly webhookEndpoints: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly consecutiveFailures: number;
        readonly createdAt: string;
        readonly description: string;
        readonly disabledAt: string | null | undefined;
        readonly disabledReason: string | null | undefined;
        readonly eventTypes: ReadonlyArray<WebhookEventType>;
        readonly id: string;
        readonly isActive: boolean;
        readonly url: string;
      };
    }>;
    readonly totalCount: number;
  };
};
export type WebhooksAdminPageQuery = {
  response: WebhooksAdminPageQuery$data;
  variables: WebhooksAdminPageQuery$variables;
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
    "concreteType": "WebhookEndpointConnection",
    "kind": "LinkedField",
    "name": "webhookEndpoints",
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
        "concreteType": "WebhookEndpointEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "WebhookEndpoint",
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
                "name": "url",
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
                "name": "eventTypes",
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
                "name": "disabledReason",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "disabledAt",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "consecutiveFailures",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "createdAt",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "webhookEndpoints(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "WebhooksAdminPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "WebhooksAdminPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "a425ac486387a2a3d54a2af91ca059da",
    "id": "296819420dc601b979b044a76a084e78ffaa7ce23d32a853855240b74be85bcb",
    "metadata": {},
    "name": "WebhooksAdminPageQuery",
    "operationKind": "query",
    "text": "query WebhooksAdminPageQuery {\n  webhookEndpoints(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        url\n        description\n        eventTypes\n        isActive\n        disabledReason\n        disabledAt\n        consecutiveFailures\n        createdAt\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "cd7a3390211f4f6c21f3b0ef6e3777cf";

export default node;
