/**
 * @generated SignedSource<<4d5dece2710d2d9f207360fa31537a17>>
 * @relayHash e656641a776675a00898dac5b6c9e537
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID a1c931c3f04db19db2a4bebc11b937f2a53677e970e855cd97c503f13f679c1a

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type DayViewPageSubscription$variables = {
  date: string;
};
export type DayViewPageSubscription$data = {
  readonly availabilityChanged: ReadonlyArray<{
    readonly room: {
      readonly id: string;
    };
    readonly " $fragmentSpreads": FragmentRefs<"DayViewPage_room">;
  }>;
};
export type DayViewPageSubscription = {
  response: DayViewPageSubscription$data;
  variables: DayViewPageSubscription$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "date"
  }
],
v1 = [
  {
    "kind": "Literal",
    "name": "changedOnly",
    "value": true
  },
  {
    "kind": "Variable",
    "name": "date",
    "variableName": "date"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "startsAt",
  "storageKey": null
},
v4 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "endsAt",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "DayViewPageSubscription",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availabilityChanged",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Room",
            "kind": "LinkedField",
            "name": "room",
            "plural": false,
            "selections": [
              (v2/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "DayViewPage_room"
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Subscription",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DayViewPageSubscription",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availabilityChanged",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Room",
            "kind": "LinkedField",
            "name": "room",
            "plural": false,
            "selections": [
              (v2/*:: as any*/),
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
                "name": "capacity",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "building",
                "storageKey": null
              }
            ],
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
            "concreteType": "BusySlot",
            "kind": "LinkedField",
            "name": "busy",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "status",
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
                "concreteType": "Booking",
                "kind": "LinkedField",
                "name": "booking",
                "plural": false,
                "selections": [
                  (v2/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "title",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "TimeRange",
            "kind": "LinkedField",
            "name": "free",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/)
            ],
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "concreteType": "BlockedSlot",
            "kind": "LinkedField",
            "name": "blocked",
            "plural": true,
            "selections": [
              (v3/*:: as any*/),
              (v4/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "reason",
                "storageKey": null
              }
            ],
            "storageKey": null
          },
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "e656641a776675a00898dac5b6c9e537",
    "id": "a1c931c3f04db19db2a4bebc11b937f2a53677e970e855cd97c503f13f679c1a",
    "metadata": {},
    "name": "DayViewPageSubscription",
    "operationKind": "subscription",
    "text": "subscription DayViewPageSubscription(\n  $date: Date!\n) {\n  availabilityChanged(date: $date, changedOnly: true) {\n    room {\n      id\n    }\n    ...DayViewPage_room\n    id\n  }\n}\n\nfragment DayViewPage_room on RoomAvailability {\n  room {\n    id\n    name\n    capacity\n    building\n  }\n  opensAt\n  closesAt\n  busy {\n    startsAt\n    endsAt\n    status\n    agencyName\n    booking {\n      id\n      title\n    }\n  }\n  free {\n    startsAt\n    endsAt\n  }\n  blocked {\n    startsAt\n    endsAt\n    reason\n  }\n}\n"
  }
};
})();

(node as any).hash = "175f7eec68c95f5af2ec9849c75c4c2b";

export default node;
