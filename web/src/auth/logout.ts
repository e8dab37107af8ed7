import { commitMutation, graphql } from "react-relay";
import type { logoutMutation } from "../__generated__/logoutMutation.graphql";
import type { logoutPushMutation } from "../__generated__/logoutPushMutation.graphql";
import { currentSubscription } from "../features/notifications/push";
import { getEnvironment } from "../relay/environment";
import { clearSession } from "./session";

/** Work to do before the token goes (e.g. unregister this browser's Web Push subscription). */
const beforeLogout: Array<() => Promise<void>> = [dropPushSubscription];
export function addBeforeLogout(task: () => Promise<void>): void {
  beforeLogout.push(task);
}

/** Settles when `run` calls back or after 5 s: an API that does not answer (offline) does not
 * keep the user logged in. */
function bounded(run: (done: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    run(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** This browser's Web Push subscription ends with the session: the API stops pushing to it (asked
 * while the token still works) and the browser drops it, so the next person on this device does
 * not get the previous one's notifications. */
async function dropPushSubscription(): Promise<void> {
  const subscription = await currentSubscription().catch(() => null);
  if (!subscription) return;
  await bounded((done) =>
    commitMutation<logoutPushMutation>(getEnvironment(), {
      mutation: graphql`
        mutation logoutPushMutation($input: UnregisterPushSubscriptionInput!) {
          unregisterPushSubscription(input: $input) {
            ok
          }
        }
      `,
      variables: { input: { endpoint: subscription.endpoint } },
      onCompleted: done,
      onError: done,
    }),
  );
  await subscription.unsubscribe().catch(() => false);
}

export async function logout(): Promise<void> {
  await Promise.allSettled(beforeLogout.map((t) => t()));
  await bounded((done) =>
    commitMutation<logoutMutation>(getEnvironment(), {
      mutation: graphql`
        mutation logoutMutation {
          logout {
            ok
          }
        }
      `,
      variables: {},
      onCompleted: done,
      onError: done, // offline: the token is forgotten here all the same
    }),
  );
  clearSession("loggedOut");
}
