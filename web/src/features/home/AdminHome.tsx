import { Anchor, Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link } from "react-router";
import type { AdminHomeQuery } from "../../__generated__/AdminHomeQuery.graphql";
import { useReconnectKey } from "../../lib/useRefresh";

const query = graphql`
  query AdminHomeQuery {
    failed: notificationDeliveries(status: FAILED, first: 1) {
      totalCount
    }
    pending: notificationDeliveries(status: PENDING, first: 1) {
      totalCount
    }
    rooms(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          rules {
            minLeadMinutes
            bufferMinutes
            maxDurationMinutes
          }
        }
      }
    }
  }
`;

/** ADMIN: the state of the notification deliveries and of the room rules, with links to the pages
 * that change them. */
export function AdminHome() {
  const { t } = useTranslation("home");
  const fetchKey = useReconnectKey();
  const data = useLazyLoadQuery<AdminHomeQuery>(query, {}, { fetchPolicy: "store-and-network", fetchKey });
  const withRules = data.rooms.edges.filter(
    ({ node }) => node.rules.minLeadMinutes > 0 || node.rules.bufferMinutes > 0,
  ).length;
  return (
    <Stack component="section" aria-labelledby="admin-title">
      <Title order={2} id="admin-title">
        {t("admin.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text fw={600}>{t("admin.deliveries")}</Text>
          <Text c={data.failed.totalCount > 0 ? "red.8" : undefined}>
            {t("admin.failed", { count: data.failed.totalCount })}
          </Text>
          <Text>{t("admin.pending", { count: data.pending.totalCount })}</Text>
          <Anchor component={Link} to="/admin/deliveries">
            {t("admin.openDeliveries")}
          </Anchor>
        </Card>
        <Card withBorder>
          <Text fw={600}>{t("admin.rules")}</Text>
          <Text>{t("admin.rooms", { count: data.rooms.totalCount })}</Text>
          <Text>{t("admin.roomsWithRules", { count: withRules })}</Text>
          <Anchor component={Link} to="/admin/rules">
            {t("admin.openRules")}
          </Anchor>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
