/**
 * @generated SignedSource<<e34c4fd74d611782aee41997470bd4e8>>
 * @relayHash b3ac341f990d81c7602e3fd9d0b315b5
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID cfceaeaab0934bb03f53754a187b3ed9aee2112a5991ef0c94e88af0aaedd89b

import { ConcreteRequest } from 'relay-runtime';
export type DisplayLinksPageLinksQuery$variables = {
  roomId: string;
};
export type DisplayLinksPageLinksQuery$data = {
  readonly roomDisplayLinks: ReadonlyArray<{
    readonly active: boolean;
    readonly createdAt: string;
    readonly id: string;
    readonly label: string;
    readonly revokedAt: string | null | undefined;
  }>;
};
export type DisplayLinksPageLinksQuery = {
  response: DisplayLinksPageLinksQuery$data;
  variables: DisplayLinksPageLinksQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "roomId"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "roomId",
        "variableName": "roomId"
      }
    ],
    "concreteType": "RoomDisplayLink",
    "kind": "LinkedField",
    "name": "roomDisplayLinks",
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
        "name": "label",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "active",
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
        "name": "revokedAt",
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
    "name": "DisplayLinksPageLinksQuery",
    "selections": (v1/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DisplayLinksPageLinksQuery",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "b3ac341f990d81c7602e3fd9d0b315b5",
    "id": "cfceaeaab0934bb03f53754a187b3ed9aee2112a5991ef0c94e88af0aaedd89b",
    "metadata": {},
    "name": "DisplayLinksPageLinksQuery",
    "operationKind": "query",
    "text": "query DisplayLinksPageLinksQuery(\n  $roomId: ID!\n) {\n  roomDisplayLinks(roomId: $roomId) {\n    id\n    label\n    active\n    createdAt\n    revokedAt\n  }\n}\n"
  }
};
})();

(node as any).hash = "5624157089ad100e9ef003e535b27373";

export default node;
