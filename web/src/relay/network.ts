/** How the app talks to the API: HTTP POST /graphql (JSON, or GraphQL multipart when variables
 * hold files), graphql-transport-ws for subscriptions. Both carry the session token and the
 * interface language. */

import type { Client } from "graphql-ws";
import {
  type CacheConfig,
  type GraphQLResponse,
  Network,
  Observable,
  type RequestParameters,
  type Variables,
} from "relay-runtime";
import { clearSession, getToken } from "../auth/session";
import i18n from "../i18n";
import { retryDelay } from "../lib/retryDelay";
import { reportApiDown, reportApiUp, reportLive, reportLiveBack } from "./connection";

export const GRAPHQL_PATH = "/graphql";

/** A failure to reach the API at all (no answer, or a proxy saying the service is down). */
export class NetworkError extends Error {
  constructor(message = "network") {
    super(message);
    this.name = "NetworkError";
  }
}

/** The API refused the session (expired or logged out elsewhere). */
export class SessionExpiredError extends Error {
  constructor() {
    super("UNAUTHENTICATED");
    this.name = "SessionExpiredError";
  }
}

function headers(): Record<string, string> {
  const h: Record<string, string> = { Accept: "application/graphql-response+json, application/json" };
  const token = getToken();
  if (token) h.Authorization = `Bearer ${token}`;
  h["Accept-Language"] = i18n.language === "en" ? "en" : "id";
  return h;
}

/** Replace each File in the variables by null and list where it was (GraphQL multipart spec). */
export function extractFiles(variables: Variables): { clone: Variables; files: Map<File, string[]> } {
  const files = new Map<File, string[]>();
  const walk = (value: unknown, path: string): unknown => {
    if (typeof File !== "undefined" && value instanceof File) {
      files.set(value, [...(files.get(value) ?? []), path]);
      return null;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}.${i}`));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, `${path}.${k}`)]));
    }
    return value;
  };
  const clone = walk(variables, "variables") as Variables;
  return { clone, files };
}

function body(params: RequestParameters, variables: Variables): { init: RequestInit } {
  const operation: Record<string, unknown> = {
    query: params.text,
    operationName: params.name,
    // The persisted-query id of this document (web/persisted-queries.json); the service may
    // check it against its manifest of trusted documents.
    ...(params.id ? { extensions: { persistedQuery: { version: 1, sha256Hash: params.id } } } : {}),
  };
  const { clone, files } = extractFiles(variables);
  if (files.size === 0) {
    return {
      init: {
        method: "POST",
        headers: { ...headers(), "Content-Type": "application/json" },
        body: JSON.stringify({ ...operation, variables }),
      },
    };
  }
  const form = new FormData();
  form.append("operations", JSON.stringify({ ...operation, variables: clone }));
  const map: Record<string, string[]> = {};
  let i = 0;
  for (const paths of files.values()) map[String(i++)] = paths;
  form.append("map", JSON.stringify(map));
  i = 0;
  for (const file of files.keys()) form.append(String(i++), file, file.name);
  // The service refuses multipart requests without it (CSRF: it forces a CORS preflight).
  return { init: { method: "POST", headers: { ...headers(), "Apollo-Require-Preflight": "true" }, body: form } };
}

function isUnauthenticated(json: GraphQLResponse): boolean {
  const errors = "errors" in json ? json.errors : undefined;
  return (
    Array.isArray(errors) &&
    errors.some((e) => (e as { extensions?: { code?: string } }).extensions?.code === "UNAUTHENTICATED")
  );
}

/** Some operations keep their last answer in localStorage, so the page opens without a network
 * ("my bookings" on the requester's home; the shell's viewer and unread count). */
const OFFLINE_CACHED = new Set(["viewerQuery", "RequesterHomeQuery", "NotificationBellQuery"]);
const cacheKey = (params: RequestParameters, variables: Variables) =>
  `epesan.cache.${params.name}.${JSON.stringify(variables)}`;

/** Tries of one request the API answers 429 TOO_MANY_REQUESTS (too many of this user's requests
 * in flight: refused before it ran, so sending it again is safe). */
export const RATE_LIMIT_TRIES = 5;

async function send(init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(GRAPHQL_PATH, init);
    if (response.status !== 429 || attempt >= RATE_LIMIT_TRIES - 1) return response;
    await new Promise((r) => setTimeout(r, retryDelay(response.headers.get("Retry-After"), attempt)));
  }
}

export async function fetchGraphQL(params: RequestParameters, variables: Variables): Promise<GraphQLResponse> {
  const { init } = body(params, variables);
  const hadToken = getToken() !== null;
  let response: Response;
  try {
    response = await send(init);
  } catch {
    reportApiDown();
    return offlineAnswer(params, variables);
  }
  if (response.status >= 502 && response.status <= 504) {
    reportApiDown();
    return offlineAnswer(params, variables);
  }
  reportApiUp();
  let json: GraphQLResponse;
  try {
    json = (await response.json()) as GraphQLResponse;
  } catch {
    throw new Error(`HTTP ${response.status}`);
  }
  if (isUnauthenticated(json) && hadToken) {
    clearSession("expired");
    throw new SessionExpiredError();
  }
  if (params.operationKind === "query" && OFFLINE_CACHED.has(params.name) && !("errors" in json && json.errors)) {
    try {
      localStorage.setItem(cacheKey(params, variables), JSON.stringify({ at: Date.now(), json }));
    } catch {
      // storage full: the page still works online
    }
  }
  return json;
}

function offlineAnswer(params: RequestParameters, variables: Variables): GraphQLResponse {
  if (params.operationKind === "query" && OFFLINE_CACHED.has(params.name)) {
    const raw = localStorage.getItem(cacheKey(params, variables));
    if (raw) {
      const { at, json } = JSON.parse(raw) as { at: number; json: GraphQLResponse };
      return { ...json, extensions: { ...("extensions" in json ? json.extensions : {}), offlineSince: at } };
    }
  }
  throw new NetworkError();
}

let wsClient: Promise<Client> | null = null;

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === "https:" ? "wss:" : "ws:"}//${host}${GRAPHQL_PATH}`;
}

/** The socket's client, loaded on the first subscription (the login page does not need it). */
export function getWsClient(): Promise<Client> {
  if (!wsClient) {
    wsClient = import("graphql-ws").then(({ createClient }) =>
      createClient({
        url: wsUrl,
        lazy: true,
        lazyCloseTimeout: 3000,
        keepAlive: 20000,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: async (retries) => {
          await new Promise((r) => setTimeout(r, Math.min(1000 * 1.5 ** retries, 8000)));
        },
        connectionParams: () => ({
          authorization: `Bearer ${getToken() ?? ""}`,
          acceptLanguage: i18n.language === "en" ? "en" : "id",
        }),
        on: {
          connecting: () => reportLive("connecting"),
          connected: (_socket, _payload, wasRetry) => {
            reportLive("up");
            if (wasRetry) reportLiveBack();
          },
          closed: (event) => {
            const code = (event as CloseEvent | undefined)?.code;
            if (code === 4403 && getToken()) clearSession("expired");
            reportLive(code === 1000 ? "idle" : "down");
          },
        },
      }),
    );
  }
  return wsClient;
}

/** Close the socket (logout, language change): the next subscription opens it with new params. */
export function resetWsClient(): void {
  const old = wsClient;
  wsClient = null;
  void old?.then((c) => c.dispose());
  reportLive("idle");
}

function subscribe(params: RequestParameters, variables: Variables) {
  return Observable.create<GraphQLResponse>((sink) => {
    const query = params.text;
    if (!query) {
      sink.error(new Error(`No text for subscription ${params.name}`));
      return;
    }
    let cancelled = false;
    let unsubscribe: (() => void) | null = null;
    void getWsClient().then((client) => {
      if (cancelled) return;
      unsubscribe = client.subscribe(
        { operationName: params.name, query, variables },
        {
          next: (value) => sink.next(value as GraphQLResponse),
          error: (err) => sink.error(err instanceof Error ? err : new Error(String(err))),
          complete: () => sink.complete(),
        },
      );
    });
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  });
}

export function createNetwork() {
  return Network.create(
    (params: RequestParameters, variables: Variables, _cache: CacheConfig) =>
      Observable.from(fetchGraphQL(params, variables)),
    subscribe,
  );
}
