import { useSyncExternalStore } from "react";
import { Environment, RecordSource, Store } from "relay-runtime";
import { getToken, subscribeSession } from "../auth/session";
import { createNetwork, resetWsClient } from "./network";

export function createEnvironment(): Environment {
  return new Environment({ network: createNetwork(), store: new Store(new RecordSource()) });
}

/** One environment (store) and one socket per session: a new login, a logout or a session that
 * ended in another tab starts from an empty store. */
let env = createEnvironment();
let token = getToken();
const listeners = new Set<() => void>();

subscribeSession(() => {
  const next = getToken();
  if (next === token) return;
  token = next;
  resetWsClient();
  env = createEnvironment();
  for (const l of listeners) l();
});

export function getEnvironment(): Environment {
  return env;
}

export function useEnvironment(): Environment {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getEnvironment,
    getEnvironment,
  );
}
