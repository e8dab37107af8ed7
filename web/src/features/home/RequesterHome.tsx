import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link } from "react-router";
import type { RequesterHomeQuery } from "../../__generated__/RequesterHomeQuery.graphql";
import { StatusBadge } from "../../components/StatusBadge";
import { addDays, formatRange, jakartaDate, jakartaIso } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useReconnectKey } from "../../lib/useRefresh";
import { useConnection } from "../../relay/connection";

/** What the requester is expected to do next, per status (the API lists the actions themselves). */
const NEXT: Record<string, "you" | "wait" | "done"> = {
  SUBMITTED: "wait",
  REVISION_REQUESTED: "you",
  EQUIPMENT_REVIEW: "wait",
  AWAITING_REQUESTER: "you",
  VALIDATION: "wait",
  SCHEDULING: "wait",
  APPROVED: "wait",
  RESCHEDULE_REQUIRED: "you",
  COMPLETED: "you",
  REPORTED: "done",
  NO_SHOW: "done",
  REJECTED: "done",
  CANCELLED: "done",
};

const query = graphql`
  query RequesterHomeQuery($since: DateTime!) {
    bookings(first: 100, filter: { startsAfter: $since }) {
      totalCount
      edges {
        node {
          id
          reference
          title
          status
          startsAt
          endsAt
          room {
            name
          }
          availableActions
        }
      }
    }
  }
`;

/** The requester's home: their agency's bookings (from a week ago on) with their status and what
 * is expected of them next; the last list loaded opens without a network. */
export function RequesterHome() {
  const { t } = useTranslation("home");
  const lang = useLang();
  const fetchKey = useReconnectKey();
  const connection = useConnection();
  // A stable variable (the day a week ago), so the list kept for offline use is found again.
  const since = jakartaIso(addDays(jakartaDate(), -7), "00:00");
  const data = useLazyLoadQuery<RequesterHomeQuery>(query, { since }, { fetchPolicy: "store-and-network", fetchKey });
  const bookings = data.bookings.edges.map((e) => e.node);
  const mine = bookings.filter((b) => NEXT[b.status] === "you");
  const rest = bookings.filter((b) => NEXT[b.status] !== "you");

  const row = (b: (typeof bookings)[number]) => (
    <Card key={b.id} withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Anchor component={Link} to={`/bookings/${b.id}`} fw={600}>
          {b.title}
        </Anchor>
        <StatusBadge status={b.status} />
      </Group>
      <Text size="sm">
        {b.room.name} · {formatRange(b.startsAt, b.endsAt, lang)}
      </Text>
      <Text size="sm" c={NEXT[b.status] === "you" ? "red.9" : "dimmed"}>
        {b.reference} · {t(`next.${b.status}`)}
      </Text>
    </Card>
  );

  return (
    <Stack component="section" aria-labelledby="mine-title">
      <Group justify="space-between">
        <Title order={2} id="mine-title">
          {t("requester.title")}
        </Title>
        <Button component={Link} to="/requests/new">
          {t("requester.new")}
        </Button>
      </Group>
      {connection.api === "down" && (
        <Alert color="yellow" variant="light">
          {t("requester.offline")}
        </Alert>
      )}
      {mine.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t("requester.yourTurn", { count: mine.length })}
          </Title>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {mine.map(row)}
          </Stack>
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t("requester.all", { count: rest.length })}
        </Title>
        {rest.length === 0 && mine.length === 0 ? (
          <Text>{t("requester.empty")}</Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {rest.map(row)}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
