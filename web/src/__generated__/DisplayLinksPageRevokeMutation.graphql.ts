/**
 * @generated SignedSource<<02383919312def2f5e83b3a7e3d142c3>>
 * @relayHash bcddd5d10aca76bbd4e2fda2fa9888c3
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 4c78c7d37b879a044bcab7c2daf7fb92c1df8c20edf55900d8da830ab52926c9

import { ConcreteRequest } from 'relay-runtime';
export type ErrorCode = "ACCOUNT_LOCKED" | "AGENCY_INACTIVE" | "ALREADY_CHECKED_IN" | "BAD_FILE" | "CHECK_IN_NOT_OPEN" | "CONFLICT" | "DISPLAY_LINK_REVOKED" | "EQUIPMENT_IN_USE" | "EQUIPMENT_SHORTAGE" | "EVENT_NOT_STARTED" | "FILE_TOO_LARGE" | "FORBIDDEN" | "IDEMPOTENCY_KEY_REUSED" | "INVALID_CREDENTIALS" | "INVALID_TRANSITION" | "NOT_FOUND" | "PASSWORD_CHANGE_REQUIRED" | "PERSISTED_QUERY_NOT_FOUND" | "PERSISTED_QUERY_REQUIRED" | "REPORT_NEEDS_PHOTOS" | "RESET_LINK_INVALID" | "ROOM_BLOCKED" | "ROOM_IN_USE" | "ROOM_UNAVAILABLE" | "RULE_VIOLATED" | "SERIES_CONFLICT" | "SLOT_AVAILABLE" | "TOO_MANY_PHOTOS" | "TOO_MANY_PIXELS" | "UNAUTHENTICATED" | "UNSAFE_FILE" | "UPLOAD_MISSING" | "VALIDATION" | "WEBHOOK_TARGET_REFUSED" | "%future added value";
export type RevokeRoomDisplayLinkInput = {
  linkId: string;
};
export type DisplayLinksPageRevokeMutation$variables = {
  input: RevokeRoomDisplayLinkInput;
};
export type DisplayLinksPageRevokeMutation$data = {
  readonly revokeRoomDisplayLink: {
    readonly errors: ReadonlyArray<{
      readonly code: ErrorCode;
      readonly message: string;
    }>;
    readonly link: {
      readonly active: boolean;
      readonly id: string;
      readonly revokedAt: string | null | undefined;
    } | null | undefined;
  };
};
export type DisplayLinksPageRevokeMutation = {
  response: DisplayLinksPageRevokeMutation$data;
  variables: DisplayLinksPageRevokeMutation$variables;
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
    "concreteType": "RevokeRoomDisplayLinkPayload",
    "kind": "LinkedField",
    "name": "revokeRoomDisplayLink",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "RoomDisplayLink",
        "kind": "LinkedField",
        "name": "link",
        "plural": false,
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
            "name": "active",
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
            "name": "code",
            "storageKey": null
          },
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
    "name": "DisplayLinksPageRevokeMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DisplayLinksPageRevokeMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "bcddd5d10aca76bbd4e2fda2fa9888c3",
    "id": "4c78c7d37b879a044bcab7c2daf7fb92c1df8c20edf55900d8da830ab52926c9",
    "metadata": {},
    "name": "DisplayLinksPageRevokeMutation",
    "operationKind": "mutation",
    "text": "mutation DisplayLinksPageRevokeMutation(\n  $input: RevokeRoomDisplayLinkInput!\n) {\n  revokeRoomDisplayLink(input: $input) {\n    link {\n      id\n      active\n      revokedAt\n    }\n    errors {\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "cb424ab6df57ec4e22b17f840a458b75";

export default node;
