/** ADMIN: every room (inactive ones too): create, edit, deactivate (with the choice for the future
 * bookings it still holds) and reactivate. */

import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { RoomsAdminPageCreateMutation } from "../../__generated__/RoomsAdminPageCreateMutation.graphql";
import type { RoomsAdminPageDeactivateMutation } from "../../__generated__/RoomsAdminPageDeactivateMutation.graphql";
import type { RoomsAdminPageEditMutation } from "../../__generated__/RoomsAdminPageEditMutation.graphql";
import type { RoomsAdminPageQuery, RoomsAdminPageQuery$data } from "../../__generated__/RoomsAdminPageQuery.graphql";
import type { RoomsAdminPageReactivateMutation } from "../../__generated__/RoomsAdminPageReactivateMutation.graphql";
import type { UserError } from "../../lib/userErrors";
import { type BookingRow, BookingTable, ErrorAlert, fieldErrors, networkError, ScrollTable } from "./shared";

type Room = RoomsAdminPageQuery$data["allRooms"]["edges"][number]["node"];
const FIELDS = ["code", "name", "building", "floor", "capacity", "facilities", "description", "noShowGraceMinutes"];

graphql`
  fragment RoomsAdminPage_room on Room {
    id
    code
    name
    building
    floor
    capacity
    facilities
    description
    isActive
    noShowGraceMinutes
  }
`;

graphql`
  fragment RoomsAdminPage_booking on Booking {
    id
    reference
    title
    status
    startsAt
    endsAt
    agency {
      name
    }
  }
`;

export default function RoomsAdminPage() {
  const { t } = useTranslation("admin");
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<RoomsAdminPageQuery>(
    graphql`
      query RoomsAdminPageQuery {
        allRooms(first: 100) {
          edges {
            node {
              id
              code
              name
              building
              floor
              capacity
              facilities
              description
              isActive
              noShowGraceMinutes
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [editing, setEditing] = useState<Room | "new" | null>(null);
  const [deactivating, setDeactivating] = useState<Room | null>(null);
  const [reactivate] = useMutation<RoomsAdminPageReactivateMutation>(graphql`
    mutation RoomsAdminPageReactivateMutation($input: RoomIdInput!) {
      reactivateRoom(input: $input) {
        room {
          ...RoomsAdminPage_room @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [rowErrors, setRowErrors] = useState<readonly UserError[]>([]);
  const rooms = data.allRooms.edges.map((e) => e.node);
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t("rooms.title")}</Title>
        <Button onClick={() => setEditing("new")}>{t("rooms.new")}</Button>
      </Group>
      <ErrorAlert errors={rowErrors} />
      <ScrollTable minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("rooms.code")}</Table.Th>
              <Table.Th>{t("rooms.name")}</Table.Th>
              <Table.Th>{t("rooms.building")}</Table.Th>
              <Table.Th>{t("rooms.floor")}</Table.Th>
              <Table.Th>{t("rooms.capacity")}</Table.Th>
              <Table.Th>{t("state")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rooms.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.code}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.building}</Table.Td>
                <Table.Td>{r.floor}</Table.Td>
                <Table.Td>{r.capacity}</Table.Td>
                <Table.Td>
                  <Badge color={r.isActive ? "green" : "gray"} variant="light" c="dark.8">
                    {r.isActive ? t("active") : t("inactive")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditing(r)}
                      aria-label={t("editNamed", { name: r.name })}
                    >
                      {t("edit")}
                    </Button>
                    {r.isActive ? (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setDeactivating(r)}
                        aria-label={t("deactivateNamed", { name: r.name })}
                      >
                        {t("deactivate")}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t("reactivateNamed", { name: r.name })}
                        onClick={() =>
                          reactivate({
                            variables: { input: { roomId: r.id } },
                            onCompleted: (res) => setRowErrors(res.reactivateRoom.errors),
                            onError: () => setRowErrors(networkError(t("network"))),
                          })
                        }
                      >
                        {t("reactivate")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {editing && (
        <RoomForm
          room={editing === "new" ? null : editing}
          onClose={(changed) => {
            setEditing(null);
            if (changed) setFetchKey((k) => k + 1);
          }}
        />
      )}
      {deactivating && <DeactivateDialog room={deactivating} onClose={() => setDeactivating(null)} />}
    </Stack>
  );
}

function RoomForm({ room, onClose }: { room: Room | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("admin");
  const [values, setValues] = useState({
    code: room?.code ?? "",
    name: room?.name ?? "",
    building: room?.building ?? "",
    floor: room?.floor ?? "",
    capacity: room?.capacity ?? 10,
    facilities: room?.facilities.join(", ") ?? "",
    description: room?.description ?? "",
  });
  // The no-show grace period: off means no check-in is needed in this room (null).
  const [checkInNeeded, setCheckInNeeded] = useState(room ? room.noShowGraceMinutes != null : true);
  const [grace, setGrace] = useState<number>(room?.noShowGraceMinutes ?? 15);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [create, creating] = useMutation<RoomsAdminPageCreateMutation>(graphql`
    mutation RoomsAdminPageCreateMutation($input: CreateRoomInput!) {
      createRoom(input: $input) {
        room {
          ...RoomsAdminPage_room @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [edit, editing] = useMutation<RoomsAdminPageEditMutation>(graphql`
    mutation RoomsAdminPageEditMutation($input: EditRoomInput!) {
      editRoom(input: $input) {
        room {
          ...RoomsAdminPage_room @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    const input = {
      code: values.code.trim(),
      name: values.name.trim(),
      building: values.building.trim(),
      floor: values.floor.trim(),
      capacity: Number(values.capacity) || 0,
      facilities: values.facilities
        .split(",")
        .map((f) => f.trim())
        .filter(Boolean),
      description: values.description.trim() || null,
      noShowGraceMinutes: checkInNeeded ? grace : null,
    };
    const done = (errs: readonly UserError[]) => {
      setErrors(errs);
      if (errs.length === 0) onClose(true);
    };
    const onError = () => setErrors(networkError(t("network")));
    if (room) {
      edit({
        variables: { input: { roomId: room.id, room: input } },
        onCompleted: (r) => done(r.editRoom.errors),
        onError,
      });
    } else {
      create({ variables: { input: { room: input } }, onCompleted: (r) => done(r.createRoom.errors), onError });
    }
  }
  const { byField, general } = fieldErrors(errors, FIELDS);
  const text = (key: keyof typeof values) => ({
    label: t(`rooms.${key}`),
    value: String(values[key]),
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
    error: byField[key],
  });
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={room ? t("rooms.editTitle", { name: room.name }) : t("rooms.newTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput {...text("code")} required data-autofocus />
            <TextInput {...text("name")} required />
            <TextInput {...text("building")} required />
            <TextInput {...text("floor")} required />
          </SimpleGrid>
          <NumberInput
            label={t("rooms.capacity")}
            value={values.capacity}
            min={1}
            max={10000}
            onChange={(v) => setValues((x) => ({ ...x, capacity: Number(v) || 0 }))}
            error={byField.capacity}
            maw={200}
            required
          />
          <Stack gap="xs">
            <Checkbox
              label={t("rooms.checkInNeeded")}
              description={t("rooms.checkInNeededHelp")}
              checked={checkInNeeded}
              onChange={(e) => setCheckInNeeded(e.currentTarget.checked)}
            />
            {checkInNeeded && (
              <NumberInput
                label={t("rooms.noShowGraceMinutes")}
                description={t("rooms.noShowGraceHelp")}
                value={grace}
                min={1}
                max={240}
                clampBehavior="none"
                onChange={(v) => setGrace(Number(v) || 0)}
                error={byField.noShowGraceMinutes}
                maw={320}
                required
              />
            )}
            {!checkInNeeded && byField.noShowGraceMinutes && (
              <Text c="red.8" size="sm" role="alert">
                {byField.noShowGraceMinutes}
              </Text>
            )}
          </Stack>
          <TextInput {...text("facilities")} description={t("rooms.facilitiesHelp")} />
          <Textarea {...text("description")} autosize minRows={2} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={creating || editing}>
              {room ? t("save") : t("rooms.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** First asks with REFUSE: a room still holding bookings lists them (ROOM_IN_USE); then the admin
 * chooses to move them to RESCHEDULE_REQUIRED with a reason, or to keep the room. */
function DeactivateDialog({ room, onClose }: { room: Room; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const [choice, setChoice] = useState<"REFUSE" | "RESCHEDULE">("REFUSE");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [future, setFuture] = useState<readonly BookingRow[] | null>(null);
  const [moved, setMoved] = useState<readonly BookingRow[] | null>(null);
  const [deactivate, busy] = useMutation<RoomsAdminPageDeactivateMutation>(graphql`
    mutation RoomsAdminPageDeactivateMutation($input: DeactivateRoomInput!) {
      deactivateRoom(input: $input) {
        room {
          ...RoomsAdminPage_room @relay(mask: false)
        }
        futureBookings {
          ...RoomsAdminPage_booking @relay(mask: false)
        }
        rescheduled {
          ...RoomsAdminPage_booking @relay(mask: false)
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (future && choice === "REFUSE") {
      onClose();
      return;
    }
    deactivate({
      variables: {
        input: { roomId: room.id, futureBookings: future ? choice : "REFUSE", reason: reason.trim() || null },
      },
      onCompleted: ({ deactivateRoom: r }) => {
        const inUse = r.errors.some((x) => x.code === "ROOM_IN_USE");
        setErrors(inUse ? [] : r.errors);
        if (inUse) setFuture(r.futureBookings);
        else if (r.errors.length === 0) {
          if (r.rescheduled.length) setMoved(r.rescheduled);
          else onClose();
        }
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["reason"]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("rooms.deactivateTitle", { name: room.name })}
      size="xl"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      {moved ? (
        <Stack>
          <BookingTable bookings={moved} caption={t("rooms.moved", { count: moved.length })} />
          <Button onClick={onClose} w="fit-content">
            {t("close")}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert errors={general} />
            {future === null ? (
              <Text>{t("rooms.deactivateHelp")}</Text>
            ) : (
              <>
                <BookingTable bookings={future} caption={t("rooms.inUse", { count: future.length })} />
                <Radio.Group
                  label={t("rooms.choice")}
                  value={choice}
                  onChange={(v) => setChoice(v as "REFUSE" | "RESCHEDULE")}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio value="REFUSE" label={t("rooms.keep")} />
                    <Radio value="RESCHEDULE" label={t("rooms.reschedule")} />
                  </Stack>
                </Radio.Group>
              </>
            )}
            {(future === null || choice === "RESCHEDULE") && (
              <Textarea
                label={t("rooms.reason")}
                description={t("rooms.reasonHelp")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={byField.reason}
                autosize
                minRows={2}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("cancel")}
              </Button>
              <Button type="submit" color="red" loading={busy}>
                {future && choice === "REFUSE" ? t("rooms.keepButton") : t("deactivate")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
