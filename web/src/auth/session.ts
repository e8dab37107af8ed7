/** The session token: kept in localStorage (never in a URL), shared by the tabs of this browser.
 * Logging out, or the API saying the session is over, clears it in every tab at once (the
 * `storage` event and a BroadcastChannel). */

import { useSyncExternalStore } from "react";

const KEY = "epesan.session";
const NOTICE_KEY = "epesan.sessionNotice";

export interface Session {
  token: string;
  expiresAt: string | null;
  nrk: string;
}

export type SessionEnd = "expired" | "loggedOut";

let current: Session | null = read();
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("epesan-session");

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit() {
  for (const l of listeners) l();
}

function sync() {
  const next = read();
  if (next?.token !== current?.token) {
    current = next;
    emit();
  }
}

if (typeof window !== "undefined") {
  window.addEventListener("storage", (e) => {
    if (e.key === KEY || e.key === null) sync();
  });
  channel?.addEventListener("message", sync);
}

export function getSession(): Session | null {
  return current;
}

export function getToken(): string | null {
  return current?.token ?? null;
}

export function setSession(session: Session): void {
  current = session;
  localStorage.setItem(KEY, JSON.stringify(session));
  sessionStorage.removeItem(NOTICE_KEY);
  channel?.postMessage("changed");
  emit();
}

/** Forget the token here and in every other tab; `why` is shown on the login page. */
export function clearSession(why: SessionEnd): void {
  const had = current !== null;
  current = null;
  localStorage.removeItem(KEY);
  // Drafts and cached lists belong to the user who made them.
  for (const k of Object.keys(localStorage)) {
    if (k.startsWith("epesan.cache.")) localStorage.removeItem(k);
  }
  if (had && why === "expired") sessionStorage.setItem(NOTICE_KEY, why);
  channel?.postMessage("changed");
  emit();
}

/** Why the last session ended in this tab (read once). */
export function takeSessionNotice(): SessionEnd | null {
  const v = sessionStorage.getItem(NOTICE_KEY) as SessionEnd | null;
  sessionStorage.removeItem(NOTICE_KEY);
  return v;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
