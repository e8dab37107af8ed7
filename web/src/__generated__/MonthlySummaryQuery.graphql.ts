/**
 * @generated SignedSource<<abdd2dd6ef88f844301b498428b4e584>>
 * @relayHash d400cf0e03d2056c62d80e1b6c5245a0
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID c8ac3f836ad0d3359a2a06148f391118847cfff1954f398b1e8d026ee9ff8790

import { ConcreteRequest } from 'relay-runtime';
export type MonthlySummaryQuery$variables = {
  month: string;
};
export type MonthlySummaryQuery$data = {
  readonly monthlySummary: {
    readonly status: string;
    readonly url: string | null | undefined;
  };
};
export type MonthlySummaryQuery = {
  response: MonthlySummaryQuery$data;
  variables: MonthlySummaryQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "month"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "month",
        "variableName": "month"
      }
    ],
    "concreteType": "LeadershipDocument",
    "kind": "LinkedField",
    "name": "monthlySummary",
    "plural": false,
    "selections": [
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
        "name": "url",
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
    "name": "MonthlySummaryQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "MonthlySummaryQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "d400cf0e03d2056c62d80e1b6c5245a0",
    "id": "c8ac3f836ad0d3359a2a06148f391118847cfff1954f398b1e8d026ee9ff8790",
    "metadata": {},
    "name": "MonthlySummaryQuery",
    "operationKind": "query",
    "text": "query MonthlySummaryQuery(\n  $month: String!\n) {\n  monthlySummary(month: $month) {\n    status\n    url\n  }\n}\n"
  }
};
})();

(node as any).hash = "bc25179dec86c50e0b8a1b51e94cdf7c";

export default node;
