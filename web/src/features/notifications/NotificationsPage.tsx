/** My in-app notifications, newest first: new ones appear at the top as they arrive (the shell's
 * NotificationBell subscription), mark one or all as read, and Web Push on this device. */

import { Button, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from "react-relay";
import type { NotificationsPage_list$key } from "../../__generated__/NotificationsPage_list.graphql";
import type { NotificationsPageMarkAllMutation } from "../../__generated__/NotificationsPageMarkAllMutation.graphql";
import type { NotificationsPageQuery } from "../../__generated__/NotificationsPageQuery.graphql";
import { NotificationItem } from "./NotificationItem";
import { PushOptIn } from "./PushOptIn";

function List({ query }: { query: NotificationsPage_list$key }) {
  const { t } = useTranslation("notifications");
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment NotificationsPage_list on Query
      @refetchable(queryName: "NotificationsPageListPaginationQuery")
      @argumentDefinitions(
        first: { type: "Int", defaultValue: 30 }
        after: { type: "String" }
        unreadOnly: { type: "Boolean", defaultValue: false }
      ) {
        notifications(first: $first, after: $after, unreadOnly: $unreadOnly)
          @connection(key: "NotificationsPage_notifications", filters: ["unreadOnly"]) {
          edges {
            node {
              id
              ...NotificationItem_notification
            }
          }
        }
      }
    `,
    query,
  );
  const edges = data.notifications.edges;
  return (
    <Stack gap="xs" aria-live="polite">
      {edges.length === 0 && <Text c="gray.7">{t("empty")}</Text>}
      {edges.map((e) => (
        <NotificationItem key={e.node.id} notification={e.node} />
      ))}
      {hasNext && (
        <Button variant="default" onClick={() => loadNext(30)} loading={isLoadingNext}>
          {t("more")}
        </Button>
      )}
    </Stack>
  );
}

export default function NotificationsPage() {
  const { t } = useTranslation("notifications");
  const [filter, setFilter] = useState<"all" | "unread">("all");
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<NotificationsPageQuery>(
    graphql`
      query NotificationsPageQuery($unreadOnly: Boolean!) {
        unreadNotificationCount
        ...NotificationsPage_list @arguments(unreadOnly: $unreadOnly)
      }
    `,
    { unreadOnly: filter === "unread" },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [markAll, marking] = useMutation<NotificationsPageMarkAllMutation>(graphql`
    mutation NotificationsPageMarkAllMutation($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) {
        unreadCount
        errors {
          code
          message
        }
      }
    }
  `);
  return (
    <Stack maw={760}>
      <Group justify="space-between">
        <Title order={1}>{t("title")}</Title>
        <Button
          variant="default"
          disabled={data.unreadNotificationCount === 0}
          loading={marking}
          onClick={() =>
            markAll({
              variables: { input: { ids: null } },
              updater: (store, res) => {
                store.getRoot().setValue(res?.markNotificationsRead.unreadCount ?? 0, "unreadNotificationCount");
              },
              onCompleted: () => setFetchKey((k) => k + 1),
            })
          }
        >
          {t("markAllRead")}
        </Button>
      </Group>
      <Text>{t("unreadCount", { count: data.unreadNotificationCount })}</Text>
      <SegmentedControl
        aria-label={t("filter")}
        value={filter}
        onChange={(v) => setFilter(v as "all" | "unread")}
        data={[
          { value: "all", label: t("all") },
          { value: "unread", label: t("unread") },
        ]}
        w="fit-content"
      />
      <PushOptIn />
      <List query={data} />
    </Stack>
  );
}
