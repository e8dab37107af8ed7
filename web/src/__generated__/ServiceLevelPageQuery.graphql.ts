/**
 * @generated SignedSource<<a1ae58ed60f245b7d7d39dbef0c70426>>
 * @relayHash b5ac78fbc2cc6f9c465fa85e86f173e5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 935c054c1b8b0e9b9ed2ef2bd4237955151bacd7e76693dfc5ee0411bf83fc23

import { ConcreteRequest } from 'relay-runtime';
export type ServiceLevelPageQuery$variables = {
  from: string;
  to: string;
};
export type ServiceLevelPageQuery$data = {
  readonly serviceLevelReport: ReadonlyArray<{
    readonly allOfficers: boolean;
    readonly count: number;
    readonly medianWorkingMinutes: number;
    readonly officer: {
      readonly name: string;
    } | null | undefined;
    readonly p90WorkingMinutes: number;
    readonly standardMinutes: number;
    readonly step: {
      readonly name: string;
      readonly number: number;
    };
    readonly withinStandardShare: number;
  }>;
};
export type ServiceLevelPageQuery = {
  response: ServiceLevelPageQuery$data;
  variables: ServiceLevelPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "from"
  },
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "to"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "from",
    "variableName": "from"
  },
  {
    "kind": "Variable",
    "name": "to",
    "variableName": "to"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "name",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "concreteType": "Step",
  "kind": "LinkedField",
  "name": "step",
  "plural": false,
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "number",
      "storageKey": null
    },
    (v2/*:: as any*/)
  ],
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "allOfficers",
  "storageKey": null
},
v5 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "count",
  "storageKey": null
},
v6 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "medianWorkingMinutes",
  "storageKey": null
},
v7 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "p90WorkingMinutes",
  "storageKey": null
},
v8 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "withinStandardShare",
  "storageKey": null
},
v9 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "standardMinutes",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "ServiceLevelPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "StepServiceLevel",
        "kind": "LinkedField",
        "name": "serviceLevelReport",
        "plural": true,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "User",
            "kind": "LinkedField",
            "name": "officer",
            "plural": false,
            "selections": [
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ServiceLevelPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "StepServiceLevel",
        "kind": "LinkedField",
        "name": "serviceLevelReport",
        "plural": true,
        "selections": [
          (v3/*:: as any*/),
          (v4/*:: as any*/),
          {
            "alias": null,
            "args": null,
            "concreteType": "User",
            "kind": "LinkedField",
            "name": "officer",
            "plural": false,
            "selections": [
              (v2/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "id",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v5/*:: as any*/),
          (v6/*:: as any*/),
          (v7/*:: as any*/),
          (v8/*:: as any*/),
          (v9/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "b5ac78fbc2cc6f9c465fa85e86f173e5",
    "id": "935c054c1b8b0e9b9ed2ef2bd4237955151bacd7e76693dfc5ee0411bf83fc23",
    "metadata": {},
    "name": "ServiceLevelPageQuery",
    "operationKind": "query",
    "text": "query ServiceLevelPageQuery(\n  $from: DateTime!\n  $to: DateTime!\n) {\n  serviceLevelReport(from: $from, to: $to) {\n    step {\n      number\n      name\n    }\n    allOfficers\n    officer {\n      name\n      id\n    }\n    count\n    medianWorkingMinutes\n    p90WorkingMinutes\n    withinStandardShare\n    standardMinutes\n  }\n}\n"
  }
};
})();

(node as any).hash = "33742975c1559082976aae040f468196";

export default node;
