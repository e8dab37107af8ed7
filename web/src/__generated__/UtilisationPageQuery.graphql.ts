/**
 * @generated SignedSource<<1fab3a431f38604169858e317d190914>>
 * @relayHash d3a087795edcb480113fcf283f00367e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde

import { ConcreteRequest } from 'relay-runtime';
export type ReportGroup = "AGENCY" | "BUILDING" | "ROOM" | "%future added value";
export type UtilisationPageQuery$variables = {
  from: string;
  groupBy: ReportGroup;
  to: string;
};
export type UtilisationPageQuery$data = {
  readonly utilisationReport: {
    readonly rows: ReadonlyArray<{
      readonly bookableHours: number | null | undefined;
      readonly booked: number;
      readonly bookedHours: number;
      readonly cancellationRate: number | null | undefined;
      readonly cancellations: number;
      readonly key: string;
      readonly meanLeadHours: number | null | undefined;
      readonly name: string;
      readonly noShowRate: number | null | undefined;
      readonly noShows: number;
      readonly requests: number;
      readonly usedHours: number;
      readonly utilisation: number | null | undefined;
    }>;
    readonly total: {
      readonly bookableHours: number | null | undefined;
      readonly booked: number;
      readonly bookedHours: number;
      readonly cancellationRate: number | null | undefined;
      readonly cancellations: number;
      readonly key: string;
      readonly meanLeadHours: number | null | undefined;
      readonly name: string;
      readonly noShowRate: number | null | undefined;
      readonly noShows: number;
      readonly requests: number;
      readonly usedHours: number;
      readonly utilisation: number | null | undefined;
    };
  };
};
export type UtilisationPageQuery = {
  response: UtilisationPageQuery$data;
  variables: UtilisationPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "from"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "groupBy"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "to"
},
v3 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "key",
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
    "name": "bookableHours",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "bookedHours",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "usedHours",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "utilisation",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "requests",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "booked",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "noShows",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "noShowRate",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "cancellations",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "cancellationRate",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "meanLeadHours",
    "storageKey": null
  }
],
v4 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "from",
        "variableName": "from"
      },
      {
        "kind": "Variable",
        "name": "groupBy",
        "variableName": "groupBy"
      },
      {
        "kind": "Variable",
        "name": "to",
        "variableName": "to"
      }
    ],
    "concreteType": "UtilisationReport",
    "kind": "LinkedField",
    "name": "utilisationReport",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "UtilisationRow",
        "kind": "LinkedField",
        "name": "rows",
        "plural": true,
        "selections": (v3/*:: as any*/),
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "UtilisationRow",
        "kind": "LinkedField",
        "name": "total",
        "plural": false,
        "selections": (v3/*:: as any*/),
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "UtilisationPageQuery",
    "selections": (v4/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v2/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "UtilisationPageQuery",
    "selections": (v4/*:: as any*/)
  },
  "params": {
    "cacheID": "d3a087795edcb480113fcf283f00367e",
    "id": "9fd8ea2bb8c143f061a0f8dfdef35be855898a99725e3d7e8d8e89d3ecd69dde",
    "metadata": {},
    "name": "UtilisationPageQuery",
    "operationKind": "query",
    "text": "query UtilisationPageQuery(\n  $from: Date!\n  $to: Date!\n  $groupBy: ReportGroup!\n) {\n  utilisationReport(from: $from, to: $to, groupBy: $groupBy) {\n    rows {\n      key\n      name\n      bookableHours\n      bookedHours\n      usedHours\n      utilisation\n      requests\n      booked\n      noShows\n      noShowRate\n      cancellations\n      cancellationRate\n      meanLeadHours\n    }\n    total {\n      key\n      name\n      bookableHours\n      bookedHours\n      usedHours\n      utilisation\n      requests\n      booked\n      noShows\n      noShowRate\n      cancellations\n      cancellationRate\n      meanLeadHours\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "b12cb3e4c68a37342bf87132dda60230";

export default node;
