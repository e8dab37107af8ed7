import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link, useSearchParams } from "react-router";
import type { FreeRoomsPageEquipmentQuery } from "../../__generated__/FreeRoomsPageEquipmentQuery.graphql";
import type { FreeRoomsPageQuery } from "../../__generated__/FreeRoomsPageQuery.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { formatRange, jakartaDate, jakartaIso } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { PageLoader } from "../../shell/PageLoader";

const equipmentQuery = graphql`
  query FreeRoomsPageEquipmentQuery {
    equipmentItems(first: 100) {
      edges {
        node {
          id
          name
          unit
        }
      }
    }
  }
`;

const query = graphql`
  query FreeRoomsPageQuery($startsAt: DateTime!, $endsAt: DateTime!, $minCapacity: Int!, $equipment: [EquipmentNeed!]) {
    freeRooms(startsAt: $startsAt, endsAt: $endsAt, minCapacity: $minCapacity, equipment: $equipment) {
      id
      name
      building
      floor
      capacity
      facilities
    }
  }
`;

interface Need {
  equipmentId: string;
  quantity: number;
}

/** Rooms free over a whole stretch of time, with room for the participants and the equipment
 * free at that time. The search lives in the URL (shareable, back button). */
export default function FreeRoomsPage() {
  const { t } = useTranslation("rooms");
  const [params, setParams] = useSearchParams();
  const equipment = useLazyLoadQuery<FreeRoomsPageEquipmentQuery>(equipmentQuery, {});
  const [date, setDate] = useState(params.get("date") ?? jakartaDate());
  const [start, setStart] = useState(params.get("start") ?? "09:00");
  const [end, setEnd] = useState(params.get("end") ?? "11:00");
  const [capacity, setCapacity] = useState<number>(Number(params.get("capacity") ?? 0));
  const [needs, setNeeds] = useState<Need[]>(() => JSON.parse(params.get("equipment") ?? "[]") as Need[]);
  const searched = params.has("start");

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams({
      date,
      start,
      end,
      capacity: String(capacity),
      equipment: JSON.stringify(needs.filter((n) => n.equipmentId)),
    });
  }

  const options = equipment.equipmentItems.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.unit})`,
  }));

  return (
    <Stack>
      <Title order={1}>{t("search.title")}</Title>
      <form onSubmit={submit}>
        <Stack maw={720}>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput
              type="date"
              label={t("search.date")}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              required
            />
            <TextInput
              type="time"
              label={t("search.start")}
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
              required
              step={300}
            />
            <TextInput
              type="time"
              label={t("search.end")}
              value={end}
              onChange={(e) => setEnd(e.currentTarget.value)}
              required
              step={300}
            />
          </SimpleGrid>
          <NumberInput
            label={t("search.capacity")}
            min={0}
            value={capacity}
            onChange={(v) => setCapacity(Number(v) || 0)}
            maw={240}
          />
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t("search.equipment")}
            </Text>
            {needs.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
              <Group key={i} align="end" wrap="nowrap">
                <Select
                  label={t("search.item", { n: i + 1 })}
                  data={options}
                  value={n.equipmentId || null}
                  onChange={(v) => setNeeds(needs.map((x, j) => (j === i ? { ...x, equipmentId: v ?? "" } : x)))}
                  style={{ flex: 1 }}
                />
                <NumberInput
                  label={t("search.quantity")}
                  min={1}
                  value={n.quantity}
                  onChange={(v) => setNeeds(needs.map((x, j) => (j === i ? { ...x, quantity: Number(v) || 1 } : x)))}
                  w={100}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t("search.remove", { n: i + 1 })}
                  onClick={() => setNeeds(needs.filter((_, j) => j !== i))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              w="fit-content"
              onClick={() => setNeeds([...needs, { equipmentId: "", quantity: 1 }])}
            >
              {t("search.addItem")}
            </Button>
          </Stack>
          <Button type="submit" w="fit-content">
            {t("search.submit")}
          </Button>
        </Stack>
      </form>
      {searched && (
        <Suspense fallback={<PageLoader />}>
          <Results
            date={params.get("date") ?? date}
            start={params.get("start") ?? start}
            end={params.get("end") ?? end}
            capacity={Number(params.get("capacity") ?? 0)}
            needs={JSON.parse(params.get("equipment") ?? "[]") as Need[]}
          />
        </Suspense>
      )}
    </Stack>
  );
}

function Results({
  date,
  start,
  end,
  capacity,
  needs,
}: {
  date: string;
  start: string;
  end: string;
  capacity: number;
  needs: Need[];
}) {
  const { t } = useTranslation("rooms");
  const lang = useLang();
  const viewer = useViewer();
  const startsAt = jakartaIso(date, start);
  const endsAt = jakartaIso(date, end);
  const data = useLazyLoadQuery<FreeRoomsPageQuery>(
    query,
    { startsAt, endsAt, minCapacity: capacity, equipment: needs.length ? needs : null },
    { fetchPolicy: "network-only" },
  );
  return (
    <Stack component="section" aria-labelledby="results-title">
      <Title order={2} size="h3" id="results-title">
        {t("search.results", { count: data.freeRooms.length, when: formatRange(startsAt, endsAt, lang) })}
      </Title>
      {data.freeRooms.length === 0 && <Alert color="yellow">{t("search.none")}</Alert>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {data.freeRooms.map((room) => (
          <Card key={room.id} withBorder>
            <Anchor component={Link} to={`/rooms/${room.id}`} fw={600}>
              {room.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {room.building} · {t("floor", { floor: room.floor })} · {t("capacity", { count: room.capacity })}
            </Text>
            {room.facilities.length > 0 && <Text size="sm">{room.facilities.join(", ")}</Text>}
            {hasRole(viewer, "REQUESTER") && (
              <Button
                mt="xs"
                size="xs"
                component={Link}
                to={`/requests/new?roomId=${encodeURIComponent(room.id)}&date=${date}&start=${start}&end=${end}&participants=${capacity || ""}`}
                aria-label={t("search.requestRoom", { room: room.name })}
              >
                {t("search.request")}
              </Button>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
