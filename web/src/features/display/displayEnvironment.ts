/** The door tablet's own Relay environment: no session. Queries go to POST /graphql without a
 * token; the live updates use a socket of their own that connects with the display link's token
 * (`{displayToken}` in connection_init), which the service accepts for `roomDisplayChanged` only. */

import type { Client } from "graphql-ws";
import {
  Environment,
  type GraphQLResponse,
  Network,
  Observable,
  RecordSource,
  type RequestParameters,
  Store,
  type Variables,
} from "relay-runtime";
import { GRAPHQL_PATH } from "../../relay/network";

function operation(params: RequestParameters, variables: Variables) {
  return {
    query: params.text,
    operationName: params.name,
    variables,
    ...(params.id ? { extensions: { persistedQuery: { version: 1, sha256Hash: params.id } } } : {}),
  };
}

export function createDisplayEnvironment(
  displayToken: string,
  language: () => string,
  onLive: (state: "up" | "down") => void,
): { environment: Environment; dispose: () => void } {
  let client: Promise<Client> | null = null;
  const socket = () => {
    if (!client) {
      client = import("graphql-ws").then(({ createClient }) => {
        const { protocol, host } = window.location;
        return createClient({
          url: `${protocol === "https:" ? "wss:" : "ws:"}//${host}${GRAPHQL_PATH}`,
          connectionParams: { displayToken, acceptLanguage: language() },
          retryAttempts: Number.POSITIVE_INFINITY,
          shouldRetry: () => true,
          retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(1000 * 1.5 ** retries, 10000))),
          keepAlive: 20000,
          on: { connected: () => onLive("up"), closed: () => onLive("down") },
        });
      });
    }
    return client;
  };
  const network = Network.create(
    async (params, variables) => {
      const response = await fetch(GRAPHQL_PATH, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept-Language": language() },
        body: JSON.stringify(operation(params, variables)),
      });
      return (await response.json()) as GraphQLResponse;
    },
    (params, variables) =>
      Observable.create<GraphQLResponse>((sink) => {
        let stop: (() => void) | null = null;
        let cancelled = false;
        void socket().then((c) => {
          if (cancelled) return;
          const { query, ...rest } = operation(params, variables);
          stop = c.subscribe(
            { ...rest, query: query ?? "" },
            {
              next: (value) => sink.next(value as GraphQLResponse),
              error: (err) => sink.error(err instanceof Error ? err : new Error(JSON.stringify(err))),
              complete: () => sink.complete(),
            },
          );
        });
        return () => {
          cancelled = true;
          stop?.();
        };
      }),
  );
  const environment = new Environment({ network, store: new Store(new RecordSource()) });
  return { environment, dispose: () => void client?.then((c) => c.dispose()) };
}
