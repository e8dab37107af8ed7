/**
 * @generated SignedSource<<5a2915b48e4326b036fce8b56776f9ba>>
 * @relayHash 3d47ffe5dcb9f3c1f6676e73e1bf4812
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 047cc17a338fc63ac8eaf03946f80db13622067110b11cb62f7ee8281fb5034a

import { ConcreteRequest } from 'relay-runtime';
export type DeliveryStatus = "FAILED" | "PENDING" | "SENT" | "%future added value";
export type WebhooksAdminPageDeliveriesQuery$variables = {
  endpointId: string;
};
export type WebhooksAdminPageDeliveriesQuery$data = {
  readonly webhookDeliveries: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly attemptCount: number;
        readonly attempts: ReadonlyArray<{
          readonly at: string;
          readonly durationMs: number;
          readonly error: string | null | undefined;
          readonly response: string | null | undefined;
          readonly statusCode: number | null | undefined;
        }>;
        readonly createdAt: string;
        readonly eventType: string;
        readonly id: string;
        readonly messageId: string;
        readonly nextAttemptAt: string | null | undefined;
        readonly sentAt: string | null | undefined;
        readonly status: DeliveryStatus;
      };
    }>;
    readonly totalCount: number;
  };
};
export type WebhooksAdminPageDeliveriesQuery = {
  response: WebhooksAdminPageDeliveriesQuery$data;
  variables: WebhooksAdminPageDeliveriesQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "endpointId"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "endpointId",
        "variableName": "endpointId"
      },
      {
        "kind": "Literal",
        "name": "first",
        "value": 20
      }
    ],
    "concreteType": "WebhookDeliveryConnection",
    "kind": "LinkedField",
    "name": "webhookDeliveries",
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
        "concreteType": "WebhookDeliveryEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "WebhookDelivery",
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
                "name": "messageId",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "eventType",
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
                "name": "attemptCount",
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
                "name": "createdAt",
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
                "concreteType": "WebhookAttempt",
                "kind": "LinkedField",
                "name": "attempts",
                "plural": true,
                "selections": [
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "at",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "statusCode",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "response",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "error",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "durationMs",
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
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "WebhooksAdminPageDeliveriesQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "WebhooksAdminPageDeliveriesQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "3d47ffe5dcb9f3c1f6676e73e1bf4812",
    "id": "047cc17a338fc63ac8eaf03946f80db13622067110b11cb62f7ee8281fb5034a",
    "metadata": {},
    "name": "WebhooksAdminPageDeliveriesQuery",
    "operationKind": "query",
    "text": "query WebhooksAdminPageDeliveriesQuery(\n  $endpointId: ID!\n) {\n  webhookDeliveries(endpointId: $endpointId, first: 20) {\n    totalCount\n    edges {\n      node {\n        id\n        messageId\n        eventType\n        status\n        attemptCount\n        nextAttemptAt\n        createdAt\n        sentAt\n        attempts {\n          at\n          statusCode\n          response\n          error\n          durationMs\n        }\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "e478500cbd636e22a5a89aae6c22f0fc";

export default node;
