import { Anchor, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useMutation } from "react-relay";
import { Link } from "react-router";
import type { NotificationItem_notification$key } from "../../__generated__/NotificationItem_notification.graphql";
import type { NotificationItemMarkMutation } from "../../__generated__/NotificationItemMarkMutation.graphql";
import { formatDateTime } from "../../lib/time";

export function NotificationItem({ notification }: { notification: NotificationItem_notification$key }) {
  const { t, i18n } = useTranslation("notifications");
  const lang = i18n.language === "en" ? "en" : "id";
  const n = useFragment(
    graphql`
      fragment NotificationItem_notification on Notification {
        id
        kind
        title
        body
        createdAt
        readAt
        booking {
          id
          reference
        }
      }
    `,
    notification,
  );
  const [mark, marking] = useMutation<NotificationItemMarkMutation>(graphql`
    mutation NotificationItemMarkMutation($input: MarkNotificationsReadInput!) {
      markNotificationsRead(input: $input) {
        unreadCount
        errors {
          code
          message
        }
      }
    }
  `);
  const unread = !n.readAt;
  return (
    <Paper withBorder p="sm" component="article" aria-label={n.title} bg={unread ? "blue.0" : undefined}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="start">
          <Text fw={unread ? 700 : 500}>{n.title}</Text>
          {unread && (
            <Badge color="blue.9" variant="filled">
              {t("new")}
            </Badge>
          )}
        </Group>
        <Text size="sm">{n.body}</Text>
        <Group justify="space-between">
          <Text size="xs" c="gray.7">
            {formatDateTime(n.createdAt, lang)} WIB
          </Text>
          <Group gap="xs">
            {n.booking && (
              <Anchor component={Link} to={`/bookings/${n.booking.id}`} size="sm">
                {t("openBooking", { reference: n.booking.reference })}
              </Anchor>
            )}
            {unread && (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={marking}
                onClick={() =>
                  mark({
                    variables: { input: { ids: [n.id] } },
                    updater: (store, data) => {
                      store.get(n.id)?.setValue(new Date().toISOString(), "readAt");
                      const count = data?.markNotificationsRead.unreadCount;
                      if (count !== undefined) store.getRoot().setValue(count, "unreadNotificationCount");
                    },
                  })
                }
              >
                {t("markRead")}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
