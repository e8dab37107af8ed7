/**
 * @generated SignedSource<<6c3980dc76913371fc38d20fe2d52ddf>>
 * @relayHash 02723ac0a1b2e531f83f1d167ec7a5f6
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID bd2dc77c5ff07fc2023c58991a60498da8eba5c6157149645fa02d5368b9ed3d

import { ConcreteRequest } from 'relay-runtime';
export type UnregisterPushSubscriptionInput = {
  endpoint: string;
};
export type logoutPushMutation$variables = {
  input: UnregisterPushSubscriptionInput;
};
export type logoutPushMutation$data = {
  readonly unregisterPushSubscription: {
    readonly ok: boolean;
  };
};
export type logoutPushMutation = {
  response: logoutPushMutation$data;
  variables: logoutPushMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": "PushSubscriptionPayload",
    "kind": "LinkedField",
    "name": "unregisterPushSubscription",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "ok",
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
    "name": "logoutPushMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "logoutPushMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "02723ac0a1b2e531f83f1d167ec7a5f6",
    "id": "bd2dc77c5ff07fc2023c58991a60498da8eba5c6157149645fa02d5368b9ed3d",
    "metadata": {},
    "name": "logoutPushMutation",
    "operationKind": "mutation",
    "text": "mutation logoutPushMutation(\n  $input: UnregisterPushSubscriptionInput!\n) {\n  unregisterPushSubscription(input: $input) {\n    ok\n  }\n}\n"
  }
};
})();

(node as any).hash = "a0edbc64db9680d5a702078fd99527d6";

export default node;
