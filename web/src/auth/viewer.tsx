/** The logged-in user (`me`), loaded once by the shell and given to every page. */

import { createContext, type ReactNode, useContext, useEffect } from "react";
import { graphql, useLazyLoadQuery } from "react-relay";
import type { viewerQuery, viewerQuery$data } from "../__generated__/viewerQuery.graphql";
import type { Role } from "../routes";
import { clearSession, getToken } from "./session";

export type Viewer = NonNullable<viewerQuery$data["me"]>;

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const data = useLazyLoadQuery<viewerQuery>(
    graphql`
      query viewerQuery {
        me {
          id
          nrk
          name
          roles
          language
          mustChangePassword
          agency {
            id
            name
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-or-network" },
  );
  if (!data.me) return <SessionGone />;
  return <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>;
}

/** The token no longer names a session (expired, or ended elsewhere): forget it; RequireAuth then
 * sends the user to the login page and back here afterwards. */
function SessionGone() {
  useEffect(() => {
    if (getToken()) clearSession("expired");
  }, []);
  return null;
}

export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error("useViewer outside ViewerProvider");
  return v;
}

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r as Role));
}
