/** The unread badge in the app shell, kept live by `notificationReceived` (one subscription for
 * the whole app: it also puts each new notification at the top of the list page). */

import { ActionIcon, Indicator, VisuallyHidden } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useSubscription } from "react-relay";
import { Link } from "react-router";
import { ConnectionHandler, type GraphQLSubscriptionConfig } from "relay-runtime";
import type { NotificationBellQuery } from "../../__generated__/NotificationBellQuery.graphql";
import type { NotificationBellSubscription } from "../../__generated__/NotificationBellSubscription.graphql";

export const LIST_CONNECTION = "NotificationsPage_notifications";

const subscription = graphql`
  subscription NotificationBellSubscription($connections: [ID!]!) {
    notificationReceived @prependNode(connections: $connections, edgeTypeName: "NotificationEdge") {
      id
      title
      ...NotificationItem_notification
    }
  }
`;

export function NotificationBell() {
  const { t } = useTranslation("notifications");
  const data = useLazyLoadQuery<NotificationBellQuery>(
    graphql`
      query NotificationBellQuery {
        unreadNotificationCount
      }
    `,
    {},
    { fetchPolicy: "store-and-network" },
  );
  const [latest, setLatest] = useState("");
  const config = useMemo<GraphQLSubscriptionConfig<NotificationBellSubscription>>(
    () => ({
      subscription,
      variables: {
        connections: [
          ConnectionHandler.getConnectionID("client:root", LIST_CONNECTION, { unreadOnly: false }),
          ConnectionHandler.getConnectionID("client:root", LIST_CONNECTION, { unreadOnly: true }),
        ],
      },
      updater: (store) => {
        const root = store.getRoot();
        root.setValue(Number(root.getValue("unreadNotificationCount") ?? 0) + 1, "unreadNotificationCount");
      },
      onNext: (payload) => setLatest(payload?.notificationReceived.title ?? ""),
    }),
    [],
  );
  useSubscription(config);
  const count = data.unreadNotificationCount;
  return (
    <>
      <Indicator label={count > 99 ? "99+" : count} size={18} disabled={count === 0} color="red.8" offset={4}>
        <ActionIcon
          component={Link}
          to="/notifications"
          variant="subtle"
          size="lg"
          aria-label={t("bell", { count })}
          data-testid="notification-bell"
        >
          <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
            />
          </svg>
        </ActionIcon>
      </Indicator>
      <VisuallyHidden aria-live="polite">{latest ? t("arrived", { title: latest }) : ""}</VisuallyHidden>
    </>
  );
}
