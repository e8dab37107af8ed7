/**
 * @generated SignedSource<<42a14744962bce10414dec1a12991129>>
 * @relayHash 9b38867a8f1f564e5e3fcf6ce7e0d87d
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560

import { ConcreteRequest } from 'relay-runtime';
export type LetterUrlQuery$variables = {
  id: string;
};
export type LetterUrlQuery$data = {
  readonly node: {
    readonly letter?: {
      readonly downloadUrl: string;
    } | null | undefined;
  } | null | undefined;
};
export type LetterUrlQuery = {
  response: LetterUrlQuery$data;
  variables: LetterUrlQuery$variables;
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
      "concreteType": "Document",
      "kind": "LinkedField",
      "name": "letter",
      "plural": false,
      "selections": [
        {
          "alias": null,
          "args": null,
          "kind": "ScalarField",
          "name": "downloadUrl",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "Booking",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "LetterUrlQuery",
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
    "name": "LetterUrlQuery",
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
    "cacheID": "9b38867a8f1f564e5e3fcf6ce7e0d87d",
    "id": "325356b609505b6549348dceef05c336ec1796a0ed28811aac848106e3aea560",
    "metadata": {},
    "name": "LetterUrlQuery",
    "operationKind": "query",
    "text": "query LetterUrlQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ... on Booking {\n      letter {\n        downloadUrl\n      }\n    }\n    id\n  }\n}\n"
  }
};
})();

(node as any).hash = "5928d2761aaee23c371857b83697c14c";

export default node;
