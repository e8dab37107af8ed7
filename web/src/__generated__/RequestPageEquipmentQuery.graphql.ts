/**
 * @generated SignedSource<<f5790e0c3f23034645e822193c73144d>>
 * @relayHash b829f03029b55d7e203a08c26dd9958d
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID bb7dbf6902b7b0a01f78def860e332948ed957c141498f837d11a0a159cd1e8b

import { ConcreteRequest } from 'relay-runtime';
export type RequestPageEquipmentQuery$variables = {
  endsAt: string;
  startsAt: string;
};
export type RequestPageEquipmentQuery$data = {
  readonly equipmentAvailability: ReadonlyArray<{
    readonly equipment: {
      readonly id: string;
    };
    readonly freeQuantity: number;
  }>;
};
export type RequestPageEquipmentQuery = {
  response: RequestPageEquipmentQuery$data;
  variables: RequestPageEquipmentQuery$variables;
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
  "name": "startsAt"
},
v2 = [
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
        "name": "startsAt",
        "variableName": "startsAt"
      }
    ],
    "concreteType": "EquipmentAvailability",
    "kind": "LinkedField",
    "name": "equipmentAvailability",
    "plural": true,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "EquipmentItem",
        "kind": "LinkedField",
        "name": "equipment",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          }
        ],
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "freeQuantity",
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
      (v1/*:: as any*/)
    ],
    "kind": "Fragment",
    "metadata": null,
    "name": "RequestPageEquipmentQuery",
    "selections": (v2/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [
      (v1/*:: as any*/),
      (v0/*:: as any*/)
    ],
    "kind": "Operation",
    "name": "RequestPageEquipmentQuery",
    "selections": (v2/*:: as any*/)
  },
  "params": {
    "cacheID": "b829f03029b55d7e203a08c26dd9958d",
    "id": "bb7dbf6902b7b0a01f78def860e332948ed957c141498f837d11a0a159cd1e8b",
    "metadata": {},
    "name": "RequestPageEquipmentQuery",
    "operationKind": "query",
    "text": "query RequestPageEquipmentQuery(\n  $startsAt: DateTime!\n  $endsAt: DateTime!\n) {\n  equipmentAvailability(startsAt: $startsAt, endsAt: $endsAt) {\n    equipment {\n      id\n    }\n    freeQuantity\n  }\n}\n"
  }
};
})();

(node as any).hash = "ba0313366c75118b0946e9c21d96fa3c";

export default node;
