/**
 * @generated SignedSource<<c9b0a42a95461bc026790f07ea37ca6a>>
 * @relayHash e4994012d56c209264ea580ad4d78e3a
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID dd80139b3da61068331ab96c497028faa77f47863fb201ddbb23a31129142eb4

import { ConcreteRequest } from 'relay-runtime';
export type EquipmentNeed = {
  equipmentId: string;
  quantity: number;
};
export type FreeRoomsPageQuery$variables = {
  endsAt: string;
  equipment?: ReadonlyArray<EquipmentNeed> | null | undefined;
  minCapacity: number;
  startsAt: string;
};
export type FreeRoomsPageQuery$data = {
  readonly freeRooms: ReadonlyArray<{
    readonly building: string;
    readonly capacity: number;
    readonly facilities: ReadonlyArray<string>;
    readonly floor: string;
    readonly id: string;
    readonly name: string;
  }>;
};
export type FreeRoomsPageQuery = {
  response: FreeRoomsPageQuery$data;
  variables: FreeRoomsPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "endsAt"
},
v1 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "equipment"
},
v2 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "minCapacity"
},
v3 = {
  "defaultValue": null,
  "kind": "LocalArgument",
  "name": "startsAt"
},
v4 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "endsAt",
        "variableName": "endsAt"
      },
      {
        "kind": "Variable",
        "name": "equipment",
        "variableName": "equipment"
      },
      {
        "kind": "Variable",
        "name": "minCapacity",
        "variableName": "minCapacity"
      },
      {
        "kind": "Variable",
        "name": "startsAt",
        "variableName": "startsAt"
      }
    ],
    "concreteType": "Room",
    "kind": "LinkedField",
    "name": "freeRooms",
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
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "facilities",
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [
      (v0/*:: as any*/),
      (v1/*:: as any*/),
      (v2/*:: as any*/),
      (v3/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "FreeRoomsPageQuery",
    "selections": (v4/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v3/*:: as any*/),
      (v0/*:: as any*/),
      (v2/*:: as any*/),
      (v1/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "FreeRoomsPageQuery",
    "selections": (v4/*:: as any*/)
  },
  "params": {
    "cacheID": "e4994012d56c209264ea580ad4d78e3a",
    "id": "dd80139b3da61068331ab96c497028faa77f47863fb201ddbb23a31129142eb4",
    "metadata": {},
    "name": "FreeRoomsPageQuery",
    "operationKind": "query",
    "text": "query FreeRoomsPageQuery(\n  $startsAt: DateTime!\n  $endsAt: DateTime!\n  $minCapacity: Int!\n  $equipment: [EquipmentNeed!]\n) {\n  freeRooms(startsAt: $startsAt, endsAt: $endsAt, minCapacity: $minCapacity, equipment: $equipment) {\n    id\n    name\n    building\n    floor\n    capacity\n    facilities\n  }\n}\n"
  }
};
})();

(node as any).hash = "61210d4750d792724f088db5ee63b411";

export default node;
