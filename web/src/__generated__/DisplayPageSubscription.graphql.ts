/**
 * @generated SignedSource<<659b85c1b4c192f031db96e65af26176>>
 * @relayHash 2e78d65571924967a3115864931044bf
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 49417ef1c17aef0c7f07e6742641abe8d5df58bd7c0d148536bb265cf65757c4

import { ConcreteRequest } from 'relay-runtime';
export type DisplayEntryKind = "BOOKING" | "LEADERSHIP_EVENT" | "%future added value";
export type DisplayPageSubscription$variables = {
  token: string;
};
export type DisplayPageSubscription$data = {
  readonly roomDisplayChanged: {
    readonly checkInCode: string | null | undefined;
    readonly closesAt: string;
    readonly current: {
      readonly agencyName: string | null | undefined;
      readonly confirmed: boolean;
      readonly endsAt: string;
      readonly kind: DisplayEntryKind;
      readonly startsAt: string;
      readonly title: string | null | undefined;
    } | null | undefined;
    readonly date: string;
    readonly freeUntil: string | null | undefined;
    readonly isOpen: boolean;
    readonly next: ReadonlyArray<{
      readonly agencyName: string | null | undefined;
      readonly confirmed: boolean;
      readonly endsAt: string;
      readonly kind: DisplayEntryKind;
      readonly startsAt: string;
      readonly title: string | null | undefined;
    }>;
    readonly now: string;
    readonly opensAt: string;
    readonly room: {
      readonly building: string;
      readonly capacity: number;
      readonly code: string;
      readonly floor: string;
      readonly name: string;
    };
    readonly schedule: ReadonlyArray<{
      readonly agencyName: string | null | undefined;
      readonly confirmed: boolean;
      readonly endsAt: string;
      readonly kind: DisplayEntryKind;
      readonly startsAt: string;
      readonly title: string | null | undefined;
    }>;
  };
};
export type DisplayPageSubscription = {
  response: DisplayPageSubscription$data;
  variables: DisplayPageSubscription$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "token"
  }
],
v1 = [
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "kind",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "title",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "agencyName",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "startsAt",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "endsAt",
    "storageKey": null
  },
  {
    "alias": null,
    "args": null,
    "kind": "ScalarField",
    "name": "confirmed",
    "storageKey": null
  }
],
v2 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "token",
        "variableName": "token"
      }
    ],
    "concreteType": "RoomDisplay",
    "kind": "LinkedField",
    "name": "roomDisplayChanged",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "DisplayRoom",
        "kind": "LinkedField",
        "name": "room",
        "plural": false,
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
            "name": "name",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "building",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "floor",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "capacity",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "date",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "now",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "isOpen",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "opensAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "closesAt",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "freeUntil",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "checkInCode",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "DisplayEntry",
        "kind": "LinkedField",
        "name": "current",
        "plural": false,
        "selections": (v1/*:: as any*/),
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "DisplayEntry",
        "kind": "LinkedField",
        "name": "next",
        "plural": true,
        "selections": (v1/*:: as any*/),
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "DisplayEntry",
        "kind": "LinkedField",
        "name": "schedule",
        "plural": true,
        "selections": (v1/*:: as any*/),
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
    "name": "DisplayPageSubscription",
    "selections": (v2/*:: as any*/),
    "type": "Subscription",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DisplayPageSubscription",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "2e78d65571924967a3115864931044bf",
    "id": "49417ef1c17aef0c7f07e6742641abe8d5df58bd7c0d148536bb265cf65757c4",
    "metadata": {},
    "name": "DisplayPageSubscription",
    "operationKind": "subscription",
    "text": "subscription DisplayPageSubscription(\n  $token: String!\n) {\n  roomDisplayChanged(token: $token) {\n    room {\n      code\n      name\n      building\n      floor\n      capacity\n    }\n    date\n    now\n    isOpen\n    opensAt\n    closesAt\n    freeUntil\n    checkInCode\n    current {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n    next {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n    schedule {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "3237ce253fe402d8a8900a57dbd45072";

export default node;
