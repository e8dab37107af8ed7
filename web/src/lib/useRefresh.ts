import { useEffect, useState } from "react";
import { onReconnect } from "../relay/connection";

/** A fetch key that changes each time the API or its socket answers again after an outage: pass it
 * to `useLazyLoadQuery` (`fetchKey`) so a page refreshes what it shows. */
export function useReconnectKey(): number {
  const [key, setKey] = useState(0);
  useEffect(() => onReconnect(() => setKey((k) => k + 1)), []);
  return key;
}

/** The current time, renewed every `ms` (countdowns, "now" lines). */
export function useNow(ms = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
