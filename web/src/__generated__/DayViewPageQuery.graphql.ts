/**
 * @generated SignedSource<<84eecb06735446063f5fe06659043702>>
 * @relayHash be84c27a342cb9561deb85457ebd852b
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID b0c0f23da4af49c485e264a40ac5ec50eaf6b6631742e99820b54fe2c06ccfb4

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type DayViewPageQuery$variables = {
  date: string;
};
export type DayViewPageQuery$data = {
  readonly availability: ReadonlyArray<{
    readonly room: {
      readonly id: string;
    };
    readonly " $fragmentSpreads": FragmentRefs<"DayViewPage_room">;
  }>;
};
export type DayViewPageQuery = {
  response: DayViewPageQuery$data;
  variables: DayViewPageQuery$variables;
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
    "name": "DayViewPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availability",
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
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "DayViewPageQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": "RoomAvailability",
        "kind": "LinkedField",
        "name": "availability",
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
    "cacheID": "be84c27a342cb9561deb85457ebd852b",
    "id": "b0c0f23da4af49c485e264a40ac5ec50eaf6b6631742e99820b54fe2c06ccfb4",
    "metadata": {},
    "name": "DayViewPageQuery",
    "operationKind": "query",
    "text": "query DayViewPageQuery(\n  $date: Date!\n) {\n  availability(date: $date) {\n    room {\n      id\n    }\n    ...DayViewPage_room\n    id\n  }\n}\n\nfragment DayViewPage_room on RoomAvailability {\n  room {\n    id\n    name\n    capacity\n    building\n  }\n  opensAt\n  closesAt\n  busy {\n    startsAt\n    endsAt\n    status\n    agencyName\n    booking {\n      id\n      title\n    }\n  }\n  free {\n    startsAt\n    endsAt\n  }\n  blocked {\n    startsAt\n    endsAt\n    reason\n  }\n}\n"
  }
};
})();

(node as any).hash = "619fe6de6cd6abee39145ad230ac3657";

export default node;
