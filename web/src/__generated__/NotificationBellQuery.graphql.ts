/**
 * @generated SignedSource<<de395132964a615d2c21900f7f0ecea3>>
 * @relayHash a5eeb37afe1c23db39bcf69b45e3d91e
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID cea787cb2136d3b3b77494e3b22f5d6ff678ea6c89754d22a25d5363bc8e01c3

import { ConcreteRequest } from 'relay-runtime';
export type NotificationBellQuery$variables = Record<PropertyKey, never>;
export type NotificationBellQuery$data = {
  readonly unreadNotificationCount: number;
};
export type NotificationBellQuery = {
  response: NotificationBellQuery$data;
  variables: NotificationBellQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "unreadNotificationCount",
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "NotificationBellQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "NotificationBellQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "a5eeb37afe1c23db39bcf69b45e3d91e",
    "id": "cea787cb2136d3b3b77494e3b22f5d6ff678ea6c89754d22a25d5363bc8e01c3",
    "metadata": {},
    "name": "NotificationBellQuery",
    "operationKind": "query",
    "text": "query NotificationBellQuery {\n  unreadNotificationCount\n}\n"
  }
};
})();

(node as any).hash = "04e3480b52fb022e17d9271ada18ee98";

export default node;
