/**
 * @generated SignedSource<<628e93e75415da2f8f90598c6ccc0dc5>>
 * @relayHash 107637fa27d5c969854e78e522099418
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID bea4fae3623388cf2ffe88159a892df58d0b944f5ba603b8beb03b2eae2eeaf4

import { ConcreteRequest } from 'relay-runtime';
export type ClosuresPageQuery$variables = {
  year?: number | null | undefined;
};
export type ClosuresPageQuery$data = {
  readonly officeClosures: ReadonlyArray<{
    readonly day: string;
    readonly id: string;
    readonly reason: string;
  }>;
};
export type ClosuresPageQuery = {
  response: ClosuresPageQuery$data;
  variables: ClosuresPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "year"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "year",
        "variableName": "year"
      }
    ],
    "concreteType": "OfficeClosure",
    "kind": "LinkedField",
    "name": "officeClosures",
    "plural": true,
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
        "name": "day",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "reason",
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
    "name": "ClosuresPageQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "ClosuresPageQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "107637fa27d5c969854e78e522099418",
    "id": "bea4fae3623388cf2ffe88159a892df58d0b944f5ba603b8beb03b2eae2eeaf4",
    "metadata": {},
    "name": "ClosuresPageQuery",
    "operationKind": "query",
    "text": "query ClosuresPageQuery(\n  $year: Int\n) {\n  officeClosures(year: $year) {\n    id\n    day\n    reason\n  }\n}\n"
  }
};
})();

(node as any).hash = "065b01651aa7daed4c751dd44eb45f72";

export default node;
