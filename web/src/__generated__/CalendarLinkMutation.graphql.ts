/**
 * @generated SignedSource<<5a9d553ae01d388b7374da69bcaf0ca0>>
 * @relayHash 4d8ce2a5ad35f68dad60569b1ee0ade8
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11

import { ConcreteRequest } from 'relay-runtime';
export type RotateCalendarTokenInput = {
  agencyId?: string | null | undefined;
  roomId?: string | null | undefined;
};
export type CalendarLinkMutation$variables = {
  input: RotateCalendarTokenInput;
};
export type CalendarLinkMutation$data = {
  readonly rotateCalendarToken: {
    readonly errors: ReadonlyArray<{
      readonly message: string;
    }>;
    readonly url: string | null | undefined;
  };
};
export type CalendarLinkMutation = {
  response: CalendarLinkMutation$data;
  variables: CalendarLinkMutation$variables;
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
    "concreteType": "RotateCalendarTokenPayload",
    "kind": "LinkedField",
    "name": "rotateCalendarToken",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "url",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "UserError",
        "kind": "LinkedField",
        "name": "errors",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "message",
            "storageKey": null
          }
        ],
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
    "name": "CalendarLinkMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "CalendarLinkMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "4d8ce2a5ad35f68dad60569b1ee0ade8",
    "id": "3a745bb20a672b012eab70897bb934ed13791ca2710be8f607274397ff3d1b11",
    "metadata": {},
    "name": "CalendarLinkMutation",
    "operationKind": "mutation",
    "text": "mutation CalendarLinkMutation(\n  $input: RotateCalendarTokenInput!\n) {\n  rotateCalendarToken(input: $input) {\n    url\n    errors {\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "170f1cb1a392f544e5aec300671ef52a";

export default node;
