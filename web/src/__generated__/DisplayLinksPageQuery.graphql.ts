/**
 * @generated SignedSource<<784b9ecf3ac2afb655f0ddca5516e93f>>
 * @relayHash 90934f07758c94b962beb4408b3ae963
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

// @relayRequestID a95d42b1fe1a4c95b691a77f72c1036840aa2d1f46063f59268a4167abd8ed54

import { ConcreteRequest } from 'relay-runtime';
export type DisplayLinksPageQuery$variables = Record<PropertyKey, never>;
export type DisplayLinksPageQuery$data = {
  readonly rooms: {
    readonly edges: ReadonlyArray<{
      readonly node: {
        readonly code: string;
        readonly id: string;
        readonly name: string;
      };
    }>;
  };
};
export type DisplayLinksPageQuery = {
  response: DisplayLinksPageQuery$data;
  variables: DisplayLinksPageQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Literal",
        "name": "first",
        "value": 100
      }
    ],
    "concreteType": "RoomConnection",
    "kind": "LinkedField",
    "name": "rooms",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "RoomEdge",
        "kind": "LinkedField",
        "name": "edges",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "concreteType": "Room",
            "kind": "LinkedField",
            "name": "node",
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
                "name": "code",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": "rooms(first:100)"
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "DisplayLinksPageQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "DisplayLinksPageQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "90934f07758c94b962beb4408b3ae963",
    "id": "a95d42b1fe1a4c95b691a77f72c1036840aa2d1f46063f59268a4167abd8ed54",
    "metadata": {},
    "name": "DisplayLinksPageQuery",
    "operationKind": "query",
    "text": "query DisplayLinksPageQuery {\n  rooms(first: 100) {\n    edges {\n      node {\n        id\n        code\n        name\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "1e480d4c21494ff39abbdc19cdba2139";

export default node;
