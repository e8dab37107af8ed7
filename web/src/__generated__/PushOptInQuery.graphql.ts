/**
 * @generated SignedSource<<8a15b58b4fad467ca75ff55e122be29d>>
 * @relayHash ac4ff219a6d7f1bcc0829804aad2996b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 808f1e5b04c4b6187ee789b5f2f4a1fadf1e02c39611985a1f4aeb3d755472cf

import { ConcreteRequest } from 'relay-runtime';
export type PushOptInQuery$variables = Record<PropertyKey, never>;
export type PushOptInQuery$data = {
  readonly vapidPublicKey: string | null | undefined;
};
export type PushOptInQuery = {
  response: PushOptInQuery$data;
  variables: PushOptInQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "vapidPublicKey",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "PushOptInQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "PushOptInQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "ac4ff219a6d7f1bcc0829804aad2996b",
    "id": "808f1e5b04c4b6187ee789b5f2f4a1fadf1e02c39611985a1f4aeb3d755472cf",
    "metadata": {},
    "name": "PushOptInQuery",
    "operationKind": "query",
    "text": "query PushOptInQuery {\n  vapidPublicKey\n}\n"
  }
};
})();

(node as any).hash = "995d5356b709d5e263df91bc8dd910a3";

export default node;
