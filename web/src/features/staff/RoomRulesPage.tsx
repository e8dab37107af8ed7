/** ADMIN: a room's booking rules (setRoomRules): bookable hours per weekday, lead time, how far
 * ahead, longest booking, buffer between bookings. An empty number returns it to the default. */

import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, Suspense, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { RoomRulesPageQuery } from "../../__generated__/RoomRulesPageQuery.graphql";
import type { RoomRulesPageRoomQuery } from "../../__generated__/RoomRulesPageRoomQuery.graphql";
import type { RoomRulesPageSetMutation } from "../../__generated__/RoomRulesPageSetMutation.graphql";
import { PageLoader } from "../../shell/PageLoader";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
type Hours = Record<number, { open: boolean; opensAt: string; closesAt: string }>;
type Numbers = {
  minLeadMinutes: number | "";
  maxAdvanceDays: number | "";
  maxDurationMinutes: number | "";
  bufferMinutes: number | "";
};

function Rules({ roomId }: { roomId: string }) {
  const { t } = useTranslation("staff");
  const data = useLazyLoadQuery<RoomRulesPageRoomQuery>(
    graphql`
      query RoomRulesPageRoomQuery($id: ID!) {
        node(id: $id) {
          ... on Room {
            id
            name
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
      }
    `,
    { id: roomId },
    { fetchPolicy: "network-only" },
  );
  const rules = data.node?.rules;
  const [hours, setHours] = useState<Hours>({});
  const [numbers, setNumbers] = useState<Numbers>({
    minLeadMinutes: "",
    maxAdvanceDays: "",
    maxDurationMinutes: "",
    bufferMinutes: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation<RoomRulesPageSetMutation>(graphql`
    mutation RoomRulesPageSetMutation($input: SetRoomRulesInput!) {
      setRoomRules(input: $input) {
        room {
          id
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
        errors {
          code
          message
          field
        }
      }
    }
  `);
  useEffect(() => {
    if (!rules) return;
    const h: Hours = {};
    for (const d of WEEKDAYS) {
      const found = rules.bookableHours.find((x) => x.weekday === d);
      h[d] = { open: !!found, opensAt: found?.opensAt ?? "08:00", closesAt: found?.closesAt ?? "16:00" };
    }
    setHours(h);
    setNumbers({
      minLeadMinutes: rules.minLeadMinutes,
      maxAdvanceDays: rules.maxAdvanceDays,
      maxDurationMinutes: rules.maxDurationMinutes,
      bufferMinutes: rules.bufferMinutes,
    });
  }, [rules]);
  if (!rules) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const num = (v: number | "") => (v === "" ? null : Number(v));
    save({
      variables: {
        input: {
          roomId,
          bookableHours: WEEKDAYS.filter((d) => hours[d]?.open).map((d) => ({
            weekday: d,
            opensAt: hours[d].opensAt,
            closesAt: hours[d].closesAt,
          })),
          minLeadMinutes: num(numbers.minLeadMinutes),
          maxAdvanceDays: num(numbers.maxAdvanceDays),
          maxDurationMinutes: num(numbers.maxDurationMinutes),
          bufferMinutes: num(numbers.bufferMinutes),
        },
      },
      onCompleted: ({ setRoomRules: r }) => {
        setErrors(Object.fromEntries(r.errors.map((x) => [x.field ?? "form", x.message])));
        setSaved(r.errors.length === 0);
      },
    });
  }

  const number = (key: keyof Numbers) => (
    <NumberInput
      label={t(`rules.${key}`)}
      value={numbers[key]}
      min={0}
      onChange={(v) => setNumbers((n) => ({ ...n, [key]: typeof v === "number" ? v : "" }))}
      error={errors[key]}
      w={220}
    />
  );
  return (
    <form onSubmit={submit}>
      <Stack>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("rules.weekday")}</Table.Th>
              <Table.Th>{t("rules.open")}</Table.Th>
              <Table.Th>{t("rules.opensAt")}</Table.Th>
              <Table.Th>{t("rules.closesAt")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {WEEKDAYS.map((d) => (
              <Table.Tr key={d}>
                <Table.Td>{t(`rules.day.${d}`)}</Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`${t("rules.open")} ${t(`rules.day.${d}`)}`}
                    checked={hours[d]?.open ?? false}
                    onChange={(e) => {
                      const open = e.currentTarget.checked;
                      setHours((h) => ({ ...h, [d]: { ...h[d], open } }));
                    }}
                  />
                </Table.Td>
                {(["opensAt", "closesAt"] as const).map((edge) => (
                  <Table.Td key={edge}>
                    <TextInput
                      type="time"
                      aria-label={`${t(`rules.${edge}`)} ${t(`rules.day.${d}`)}`}
                      value={hours[d]?.[edge] ?? ""}
                      disabled={!hours[d]?.open}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        setHours((h) => ({ ...h, [d]: { ...h[d], [edge]: value } }));
                      }}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {errors.bookableHours && (
          <Alert color="red" role="alert">
            {errors.bookableHours}
          </Alert>
        )}
        <Group>
          {number("minLeadMinutes")}
          {number("maxAdvanceDays")}
          {number("maxDurationMinutes")}
          {number("bufferMinutes")}
        </Group>
        <Text size="sm">{t("rules.defaultHint")}</Text>
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status" variant="outline">
            {t("rules.saved")}
          </Alert>
        )}
        <Button type="submit" loading={saving} w="fit-content">
          {t("rules.save")}
        </Button>
      </Stack>
    </form>
  );
}

export default function RoomRulesPage() {
  const { t } = useTranslation("staff");
  const rooms = useLazyLoadQuery<RoomRulesPageQuery>(
    graphql`
      query RoomRulesPageQuery {
        rooms(first: 100) {
          edges {
            node {
              id
              code
              name
            }
          }
        }
      }
    `,
    {},
  );
  const [roomId, setRoomId] = useState<string | null>(rooms.rooms.edges[0]?.node.id ?? null);
  return (
    <Stack maw={900}>
      <Title order={1}>{t("rules.title")}</Title>
      <Select
        label={t("rules.room")}
        data={rooms.rooms.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }))}
        value={roomId}
        onChange={setRoomId}
        searchable
        allowDeselect={false}
        w={360}
      />
      {roomId && (
        <Suspense fallback={<PageLoader />}>
          <Rules key={roomId} roomId={roomId} />
        </Suspense>
      )}
    </Stack>
  );
}
