import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../auth/session";

const NEXT_KEY = "epesan.next";

/** Where to go after logging in: the page the user was on (kept in this tab, not in the URL). */
export function rememberNext(path: string): void {
  if (path !== "/login") sessionStorage.setItem(NEXT_KEY, path);
}
export function takeNext(): string {
  const next = sessionStorage.getItem(NEXT_KEY) ?? "/";
  sessionStorage.removeItem(NEXT_KEY);
  return next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    // The fragment too (e.g. /check-in#code=…): kept in this tab's storage, never sent anywhere.
    rememberNext(location.pathname + location.search + location.hash);
    return <Navigate to="/login" replace />;
  }
  return <>{children}</>;
}
