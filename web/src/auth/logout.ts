import { commitMutation, graphql } from "react-relay";
import type { logoutMutation } from "../__generated__/logoutMutation.graphql";
import { getEnvironment } from "../relay/environment";
import { clearSession } from "./session";

/** Work to do before the token goes (e.g. unregister this browser's Web Push subscription). */
const beforeLogout: Array<() => Promise<void>> = [];
export function addBeforeLogout(task: () => Promise<void>): void {
  beforeLogout.push(task);
}

export async function logout(): Promise<void> {
  await Promise.allSettled(beforeLogout.map((t) => t()));
  await new Promise<void>((resolve) => {
    commitMutation<logoutMutation>(getEnvironment(), {
      mutation: graphql`
        mutation logoutMutation {
          logout {
            ok
          }
        }
      `,
      variables: {},
      onCompleted: () => resolve(),
      onError: () => resolve(), // offline: the token is forgotten here all the same
    });
  });
  clearSession("loggedOut");
}
