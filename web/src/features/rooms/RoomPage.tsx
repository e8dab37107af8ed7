import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link, useParams } from "react-router";
import type { RoomPageQuery } from "../../__generated__/RoomPageQuery.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { formatTime, jakartaDate } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { NotFound } from "../../shell/NotFound";

const query = graphql`
  query RoomPageQuery($id: ID!, $date: Date!, $roomIds: [ID!]) {
    node(id: $id) {
      ... on Room {
        id
        code
        name
        building
        floor
        capacity
        facilities
        opensAt
        closesAt
        rules {
          bookableHours {
            weekday
            opensAt
            closesAt
          }
          minLeadMinutes
          maxAdvanceDays
          maxDurationMinutes
          bufferMinutes
        }
      }
    }
    availability(date: $date, roomIds: $roomIds) {
      busy {
        startsAt
        endsAt
        status
        agencyName
      }
    }
  }
`;

/** A room: capacity, facilities, its booking rules (bookable hours, lead time, buffer...) and
 * today's bookings. */
export default function RoomPage() {
  const { t } = useTranslation("rooms");
  const lang = useLang();
  const viewer = useViewer();
  const { roomId = "" } = useParams();
  const date = jakartaDate();
  const data = useLazyLoadQuery<RoomPageQuery>(
    query,
    { id: roomId, date, roomIds: [roomId] },
    { fetchPolicy: "store-and-network" },
  );
  const room = data.node;
  if (!room?.name) return <NotFound />;
  const rules = room.rules;
  const minutes = (m: number) =>
    m % 60 === 0 && m >= 60 ? t("rules.hours", { count: m / 60 }) : t("rules.minutes", { count: m });
  const days = t("rules.weekdays", { returnObjects: true }) as string[];
  const busy = data.availability[0]?.busy ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="start">
        <Stack gap={0}>
          <Title order={1}>{room.name}</Title>
          <Text c="dimmed">
            {room.code} · {room.building} · {t("floor", { floor: room.floor })}
          </Text>
        </Stack>
        <Group>
          <Button component={Link} to={`/rooms?date=${date}`} variant="default">
            {t("dayView.title")}
          </Button>
          {hasRole(viewer, "REQUESTER") && (
            <Button component={Link} to={`/requests/new?roomId=${encodeURIComponent(room.id ?? "")}`}>
              {t("search.request")}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("room.about")}
          </Title>
          <Text>{t("capacity", { count: room.capacity })}</Text>
          {room.facilities && room.facilities.length > 0 && (
            <Group gap={4} mt="xs">
              {room.facilities.map((f) => (
                <Badge key={f} variant="light" style={{ textTransform: "none" }}>
                  {f}
                </Badge>
              ))}
            </Group>
          )}
        </Card>
        <Card withBorder>
          <Title order={2} size="h4">
            {t("rules.title")}
          </Title>
          {rules && (
            <List size="sm" spacing={2}>
              <List.Item>{t("rules.lead", { value: minutes(rules.minLeadMinutes) })}</List.Item>
              <List.Item>{t("rules.advance", { count: rules.maxAdvanceDays })}</List.Item>
              <List.Item>{t("rules.duration", { value: minutes(rules.maxDurationMinutes) })}</List.Item>
              <List.Item>{t("rules.buffer", { value: minutes(rules.bufferMinutes) })}</List.Item>
            </List>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4">
          {t("rules.bookableHours")}
        </Title>
        <Table>
          <Table.Tbody>
            {[1, 2, 3, 4, 5, 6, 7].map((d) => {
              const h = rules?.bookableHours.find((x) => x.weekday === d);
              return (
                <Table.Tr key={d}>
                  <Table.Th scope="row">{days[d - 1]}</Table.Th>
                  <Table.Td>{h ? `${h.opensAt}–${h.closesAt}` : t("rules.closed")}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4">
          {t("room.today")}
        </Title>
        {busy.length === 0 ? (
          <Text>{t("room.freeToday")}</Text>
        ) : (
          <List size="sm">
            {busy.map((b) => (
              <List.Item key={b.startsAt}>
                {formatTime(b.startsAt, lang)}–{formatTime(b.endsAt, lang)} · {b.agencyName} ·{" "}
                {t(`status.${b.status}`, { ns: "common" })}
              </List.Item>
            ))}
          </List>
        )}
        <Anchor component={Link} to={`/rooms?date=${date}`} size="sm" mt="xs">
          {t("room.seeDay")}
        </Anchor>
      </Card>
    </Stack>
  );
}
