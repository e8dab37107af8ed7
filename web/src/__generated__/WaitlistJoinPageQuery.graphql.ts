/**
 * @generated SignedSource<<aa53c74a5b1a8ce9f79f558a8a171de7>>
 * @relayHash 77a76217f6fad0c39fe7b460aaa552d8
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 93580fa6db4bd375a0e320b7b74aa6cbbe43de450793c3a92024e06c94ccffe3

import { ConcreteRequest } from 'relay-runtime';
export type WaitlistJoinPageQuery$variables = {
  id: string;
};
export type WaitlistJoinPageQuery$data = {
  readonly node: {
    readonly code?: string;
    readonly name?: string;
  } | null | undefined;
};
export type WaitlistJoinPageQuery = {
  response: WaitlistJoinPageQuery$data;
  variables: WaitlistJoinPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "kind": "InlineFragment",
  "selections": [
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
      "name": "code",
      "storageKey": null
    }
  ],
  "type": "Room",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "WaitlistJoinPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
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
    "name": "WaitlistJoinPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
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
      }
    ]
  },
  "params": {
    "cacheID": "77a76217f6fad0c39fe7b460aaa552d8",
    "id": "93580fa6db4bd375a0e320b7b74aa6cbbe43de450793c3a92024e06c94ccffe3",
    "metadata": {},
    "name": "WaitlistJoinPageQuery",
    "operationKind": "query",
    "text": "query WaitlistJoinPageQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ... on Room {\n      name\n      code\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "4eb1bfc2bc810cf1c85005065fcbe796";

export default node;
