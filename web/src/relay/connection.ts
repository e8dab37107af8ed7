/** Whether the API and its websocket answer, for the banner and for retries.
 *
 * `api` turns "down" when a fetch fails at the network level (or the server answers 502-504);
 * then /health is polled until it answers, and every `onReconnect` listener runs (pages refetch,
 * forms retry with the same idempotency key). `live` follows the graphql-ws socket. */

import { useSyncExternalStore } from "react";

export interface ConnectionState {
  api: "up" | "down";
  live: "up" | "connecting" | "down" | "idle";
  browserOnline: boolean;
}

let state: ConnectionState = {
  api: "up",
  live: "idle",
  browserOnline: typeof navigator === "undefined" ? true : navigator.onLine,
};
const listeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();
let poller: ReturnType<typeof setTimeout> | null = null;

function set(patch: Partial<ConnectionState>) {
  const next = { ...state, ...patch };
  if (next.api === state.api && next.live === state.live && next.browserOnline === state.browserOnline) return;
  const cameBack = state.api === "down" && next.api === "up";
  state = next;
  for (const l of listeners) l();
  if (cameBack) for (const l of reconnectListeners) l();
}

export function getConnection(): ConnectionState {
  return state;
}

export function reportApiDown(): void {
  set({ api: "down" });
  schedulePoll(1000);
}

export function reportApiUp(): void {
  set({ api: "up" });
}

export function reportLive(live: ConnectionState["live"]): void {
  set({ live });
}

function schedulePoll(delay: number) {
  if (poller) return;
  poller = setTimeout(async () => {
    poller = null;
    try {
      const res = await fetch("/health", { cache: "no-store" });
      if (res.ok) {
        reportApiUp();
        return;
      }
    } catch {
      // still down
    }
    schedulePoll(Math.min(delay * 1.5, 5000));
  }, delay);
}

/** The socket is back after a drop: subscriptions resume by themselves (graphql-ws resubscribes
 * and each subscription first sends the current state); pages refresh what is not live too. */
export function reportLiveBack(): void {
  for (const l of reconnectListeners) l();
}

/** Run `listener` each time the API (or its websocket) answers again after an outage. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

export function useConnection(): ConnectionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getConnection,
    getConnection,
  );
}

if (typeof window !== "undefined") {
  window.addEventListener("online", () => {
    set({ browserOnline: true });
    if (state.api === "down") schedulePoll(0);
  });
  window.addEventListener("offline", () => set({ browserOnline: false }));
}
