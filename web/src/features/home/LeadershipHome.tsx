import { Anchor, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link } from "react-router";
import type { LeadershipHomeQuery } from "../../__generated__/LeadershipHomeQuery.graphql";
import { formatRange, jakartaDate, jakartaIso } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useReconnectKey } from "../../lib/useRefresh";

const query = graphql`
  query LeadershipHomeQuery($since: DateTime!) {
    bookings(first: 20, filter: { startsAfter: $since, status: [APPROVED] }) {
      totalCount
      edges {
        node {
          id
          reference
          title
          startsAt
          endsAt
          participants
          room {
            name
          }
          agency {
            name
          }
        }
      }
    }
    eventReports(first: 5) {
      totalCount
      edges {
        node {
          id
          reportedAt
          booking {
            id
            title
          }
          agency {
            name
          }
        }
      }
    }
  }
`;

/** LEADERSHIP: the coming approved events, and the latest event reports (the full list is on the
 * reports page). */
export function LeadershipHome() {
  const { t } = useTranslation("home");
  const lang = useLang();
  const fetchKey = useReconnectKey();
  const since = jakartaIso(jakartaDate(), "00:00");
  const data = useLazyLoadQuery<LeadershipHomeQuery>(query, { since }, { fetchPolicy: "store-and-network", fetchKey });
  return (
    <Stack component="section" aria-labelledby="events-title">
      <Title order={2} id="events-title">
        {t("leadership.upcoming")}
      </Title>
      {data.bookings.edges.length === 0 && <Text>{t("leadership.none")}</Text>}
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {data.bookings.edges.map(({ node: b }) => (
          <Card key={b.id} withBorder padding="sm" component="li">
            <Anchor component={Link} to={`/bookings/${b.id}`} fw={600}>
              {b.title}
            </Anchor>
            <Text size="sm">
              {formatRange(b.startsAt, b.endsAt, lang)} · {b.room.name}
            </Text>
            <Text size="sm" c="dimmed">
              {b.agency.name} · {t("leadership.participants", { count: b.participants })}
            </Text>
          </Card>
        ))}
      </Stack>
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3">
          {t("leadership.reports")}
        </Title>
        <Anchor component={Link} to="/reports">
          {t("leadership.allReports", { count: data.eventReports.totalCount })}
        </Anchor>
      </Group>
      {data.eventReports.edges.length === 0 && <Text>{t("leadership.noReports")}</Text>}
      {data.eventReports.edges.map(({ node: r }) => (
        <Text key={r.id} size="sm">
          <Anchor component={Link} to={`/bookings/${r.booking.id}`}>
            {r.booking.title}
          </Anchor>{" "}
          · {r.agency.name}
        </Text>
      ))}
    </Stack>
  );
}
