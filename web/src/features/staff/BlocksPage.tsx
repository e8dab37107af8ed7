/** Sudden leadership events ("jadwal pimpinan mendadak"): the head of service blocks rooms over a
 * time; the bookings it displaces are listed after each create or edit. Other staff read. */

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import { Link } from "react-router";
import type { BlocksPageCancelMutation } from "../../__generated__/BlocksPageCancelMutation.graphql";
import type { BlocksPageCreateMutation } from "../../__generated__/BlocksPageCreateMutation.graphql";
import type { BlocksPageQuery } from "../../__generated__/BlocksPageQuery.graphql";
import type { BlocksPageUpdateMutation } from "../../__generated__/BlocksPageUpdateMutation.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { formatRange, jakartaDate, jakartaIso, jakartaTime } from "../../lib/time";

interface Moved {
  id: string;
  reference: string;
  title: string;
  status: string;
  agency: { name: string };
}

const BOOKING_FIELDS = graphql`
  fragment BlocksPage_booking on Booking @relay(mask: false) {
    id
    reference
    title
    status
    agency {
      name
    }
  }
`;
void BOOKING_FIELDS;

export default function BlocksPage() {
  const { t, i18n } = useTranslation("staff");
  const lang = i18n.language === "en" ? "en" : "id";
  const viewer = useViewer();
  const canManage = hasRole(viewer, "SERVICE_HEAD");
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<BlocksPageQuery>(
    graphql`
      query BlocksPageQuery {
        rooms(first: 100) {
          edges {
            node {
              id
              code
              name
            }
          }
        }
        leadershipBlocks(first: 100, includeCancelled: true) {
          edges {
            node {
              id
              startsAt
              endsAt
              reason
              isActive
              cancelReason
              rooms {
                id
                name
              }
              displacedBookings {
                ...BlocksPage_booking @relay(mask: false)
              }
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [roomIds, setRoomIds] = useState<string[]>([]);
  const [date, setDate] = useState(jakartaDate());
  const [start, setStart] = useState("13:00");
  const [end, setEnd] = useState("15:00");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [moved, setMoved] = useState<{ affected: readonly Moved[]; released: readonly Moved[] } | null>(null);
  const [create, creating] = useMutation<BlocksPageCreateMutation>(graphql`
    mutation BlocksPageCreateMutation($input: CreateLeadershipBlockInput!) {
      createLeadershipBlock(input: $input) {
        block {
          id
        }
        affectedBookings {
          ...BlocksPage_booking @relay(mask: false)
        }
        releasedBookings {
          ...BlocksPage_booking @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [update, updating] = useMutation<BlocksPageUpdateMutation>(graphql`
    mutation BlocksPageUpdateMutation($input: UpdateLeadershipBlockInput!) {
      updateLeadershipBlock(input: $input) {
        block {
          id
        }
        affectedBookings {
          ...BlocksPage_booking @relay(mask: false)
        }
        releasedBookings {
          ...BlocksPage_booking @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [cancel] = useMutation<BlocksPageCancelMutation>(graphql`
    mutation BlocksPageCancelMutation($input: CancelLeadershipBlockInput!) {
      cancelLeadershipBlock(input: $input) {
        block {
          id
          isActive
        }
        errors {
          code
          message
        }
      }
    }
  `);

  function done(r: {
    readonly errors: readonly { readonly field?: string | null; readonly message: string }[];
    readonly affectedBookings: readonly Moved[];
    readonly releasedBookings: readonly Moved[];
  }) {
    if (r.errors.length) {
      setErrors(Object.fromEntries(r.errors.map((e) => [e.field ?? "form", e.message])));
      return;
    }
    setErrors({});
    setMoved({ affected: r.affectedBookings, released: r.releasedBookings });
    setEditing(null);
    setReason("");
    setFetchKey((k) => k + 1);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const input = { roomIds, startsAt: jakartaIso(date, start), endsAt: jakartaIso(date, end), reason };
    if (editing) {
      update({
        variables: { input: { ...input, blockId: editing } },
        onCompleted: (r) => done(r.updateLeadershipBlock),
      });
    } else {
      create({ variables: { input }, onCompleted: (r) => done(r.createLeadershipBlock) });
    }
  }

  const rooms = data.rooms.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }));
  return (
    <Stack maw={1000}>
      <Title order={1}>{t("blocks.title")}</Title>
      <Text>{t("blocks.intro")}</Text>
      {canManage && (
        <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t("blocks.form")}>
          <Stack>
            <Title order={2} size="h3">
              {editing ? t("blocks.edit") : t("blocks.new")}
            </Title>
            <MultiSelect
              label={t("blocks.rooms")}
              data={rooms}
              value={roomIds}
              onChange={setRoomIds}
              searchable
              error={errors.roomIds}
            />
            <Group>
              <TextInput
                type="date"
                label={t("blocks.date")}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t("blocks.start")}
                value={start}
                onChange={(e) => setStart(e.currentTarget.value)}
                error={errors.startsAt}
              />
              <TextInput
                type="time"
                label={t("blocks.end")}
                value={end}
                onChange={(e) => setEnd(e.currentTarget.value)}
                error={errors.endsAt}
              />
            </Group>
            <TextInput
              label={t("blocks.reason")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={errors.reason}
            />
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={creating || updating} disabled={roomIds.length === 0 || !reason.trim()}>
                {editing ? t("blocks.save") : t("blocks.create")}
              </Button>
              {editing && (
                <Button variant="default" onClick={() => setEditing(null)}>
                  {t("blocks.stopEditing")}
                </Button>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
      {moved && (
        <Paper withBorder p="md" role="status">
          <Title order={2} size="h4">
            {t("blocks.displaced", { count: moved.affected.length })}
          </Title>
          <ul>
            {moved.affected.map((b) => (
              <li key={b.id}>
                <Anchor component={Link} to={`/bookings/${b.id}`}>
                  {b.reference}
                </Anchor>{" "}
                {b.title} · {b.agency.name} · {t(`status.${b.status}`, { ns: "common" })}
              </li>
            ))}
          </ul>
          {moved.released.length > 0 && <Text size="sm">{t("blocks.released", { count: moved.released.length })}</Text>}
        </Paper>
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("blocks.when")}</Table.Th>
            <Table.Th>{t("blocks.rooms")}</Table.Th>
            <Table.Th>{t("blocks.reason")}</Table.Th>
            <Table.Th>{t("blocks.waiting")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.leadershipBlocks.edges.map(({ node: b }) => (
            <Table.Tr key={b.id}>
              <Table.Td>{formatRange(b.startsAt, b.endsAt, lang)}</Table.Td>
              <Table.Td>{b.rooms.map((r) => r.name).join(", ")}</Table.Td>
              <Table.Td>
                {b.reason}
                {!b.isActive && (
                  <>
                    {" "}
                    <Badge color="gray.8" variant="filled">
                      {t("blocks.cancelled")}
                    </Badge>
                    <Text size="xs">{b.cancelReason}</Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>
                {b.displacedBookings.map((d) => (
                  <Anchor key={d.id} component={Link} to={`/bookings/${d.id}`} display="block" size="sm">
                    {d.reference} · {d.agency.name}
                  </Anchor>
                ))}
              </Table.Td>
              <Table.Td>
                {canManage && b.isActive && (
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`${t("blocks.editButton")} ${b.reason}`}
                      onClick={() => {
                        setEditing(b.id);
                        setRoomIds(b.rooms.map((r) => r.id));
                        setDate(jakartaDate(b.startsAt));
                        setStart(jakartaTime(b.startsAt));
                        setEnd(jakartaTime(b.endsAt));
                        setReason(b.reason);
                      }}
                    >
                      {t("blocks.editButton")}
                    </Button>
                    <Button
                      size="xs"
                      color="red.9"
                      variant="outline"
                      aria-label={`${t("blocks.cancel")} ${b.reason}`}
                      onClick={() => {
                        const why = window.prompt(t("blocks.cancelReason"));
                        if (why?.trim()) {
                          cancel({
                            variables: { input: { blockId: b.id, reason: why } },
                            onCompleted: () => setFetchKey((k) => k + 1),
                          });
                        }
                      }}
                    >
                      {t("blocks.cancel")}
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
