/**
 * @generated SignedSource<<53a64af4a38bbd756938fee7bac93661>>
 * @relayHash 54001fdfd51ba7001780c0100729f0de
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID 1f4308f4f6998046dc594645b7a02b27ddd46038605bd43154b674d8eb8b17c5

import { ConcreteRequest } from 'relay-runtime';
export type DisplayEntryKind = "BOOKING" | "LEADERSHIP_EVENT" | "%future added value";
export type DisplayPageQuery$variables = {
  token: string;
};
export type DisplayPageQuery$data = {
  readonly roomDisplay: {
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
export type DisplayPageQuery = {
  response: DisplayPageQuery$data;
  variables: DisplayPageQuery$variables;
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
    "name": "roomDisplay",
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
    "name": "DisplayPageQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DisplayPageQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "54001fdfd51ba7001780c0100729f0de",
    "id": "1f4308f4f6998046dc594645b7a02b27ddd46038605bd43154b674d8eb8b17c5",
    "metadata": {},
    "name": "DisplayPageQuery",
    "operationKind": "query",
    "text": "query DisplayPageQuery(\n  $token: String!\n) {\n  roomDisplay(token: $token) {\n    room {\n      code\n      name\n      building\n      floor\n      capacity\n    }\n    date\n    now\n    isOpen\n    opensAt\n    closesAt\n    freeUntil\n    checkInCode\n    current {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n    next {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n    schedule {\n      kind\n      title\n      agencyName\n      startsAt\n      endsAt\n      confirmed\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "a8b2d4cd46690fa41f0a1d6927872d28";

export default node;
