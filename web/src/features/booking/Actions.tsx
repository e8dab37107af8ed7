import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { commitMutation, graphql, useFragment, useRelayEnvironment } from "react-relay";
import { Link } from "react-router";
import type { GraphQLTaggedNode, MutationParameters } from "relay-runtime";
import type { Actions_booking$data, Actions_booking$key } from "../../__generated__/Actions_booking.graphql";
import { jakartaDate, jakartaIso, jakartaTime } from "../../lib/time";
import { splitErrors, type UserError } from "../../lib/userErrors";
import { RoomChoice } from "./RoomChoice";

const MUTATIONS: Record<string, GraphQLTaggedNode> = {
  VERIFY: graphql`
    mutation ActionsVerifyMutation($input: VerifyBookingInput!) {
      result: verifyBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  REQUEST_REVISION: graphql`
    mutation ActionsRevisionMutation($input: RequestRevisionInput!) {
      result: requestRevision(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  RESUBMIT: graphql`
    mutation ActionsResubmitMutation($input: ResubmitBookingInput!) {
      result: resubmitBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  REJECT: graphql`
    mutation ActionsRejectMutation($input: RejectBookingInput!) {
      result: rejectBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  REVIEW_EQUIPMENT: graphql`
    mutation ActionsReviewMutation($input: ReviewEquipmentInput!) {
      result: reviewEquipment(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  PROCEED_WITH_SHORTFALL: graphql`
    mutation ActionsDecideMutation($input: DecideEquipmentShortfallInput!) {
      result: decideEquipmentShortfall(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  VALIDATE: graphql`
    mutation ActionsValidateMutation($input: ValidateBookingInput!) {
      result: validateBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  APPROVE: graphql`
    mutation ActionsApproveMutation($input: ApproveBookingInput!) {
      result: approveBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
  CANCEL: graphql`
    mutation ActionsCancelMutation($input: CancelBookingInput!) {
      result: cancelBooking(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `,
};
MUTATIONS.WITHDRAW = MUTATIONS.PROCEED_WITH_SHORTFALL;

/** Actions shown as buttons, in this order; the API decides which the viewer may use now. */
const ORDER = [
  "VERIFY",
  "REVIEW_EQUIPMENT",
  "VALIDATE",
  "APPROVE",
  "RESUBMIT",
  "PROCEED_WITH_SHORTFALL",
  "WITHDRAW",
  "REQUEST_REVISION",
  "REJECT",
  "CANCEL",
] as const;
type Action = (typeof ORDER)[number];
const DANGER = new Set<string>(["REJECT", "CANCEL", "WITHDRAW"]);

interface Result {
  result: { booking: unknown; errors: readonly UserError[] };
}

/** The workflow actions the API lists in availableActions, each asking for what it needs. */
export function Actions({ booking }: { booking: Actions_booking$key }) {
  const { t } = useTranslation("booking");
  const b = useFragment(
    graphql`
      fragment Actions_booking on Booking {
        id
        status
        startsAt
        endsAt
        title
        purpose
        participants
        availableActions
        room {
          id
        }
        equipment {
          requestedQuantity
          approvedQuantity
          equipment {
            id
            name
            unit
          }
        }
        equipmentCheck {
          equipment {
            id
          }
          freeQuantity
        }
      }
    `,
    booking,
  );
  const [open, setOpen] = useState<Action | null>(null);
  const available = ORDER.filter((a) => b.availableActions.includes(a));
  const report = b.availableActions.includes("REPORT");
  if (available.length === 0 && !report) return null;
  return (
    <>
      <Group gap="xs" role="group" aria-label={t("actions.label")}>
        {available.map((a) => (
          <Button
            key={a}
            color={DANGER.has(a) ? "red" : undefined}
            variant={DANGER.has(a) ? "light" : "filled"}
            onClick={() => setOpen(a)}
          >
            {t(`actions.${a}.button`)}
          </Button>
        ))}
        {report && (
          <Button component={Link} to={`/bookings/${b.id}/report`} variant="light">
            {t("actions.REPORT.button")}
          </Button>
        )}
      </Group>
      {open && <ActionDialog action={open} booking={b} onClose={() => setOpen(null)} />}
    </>
  );
}

function ActionDialog({
  action,
  booking: b,
  onClose,
}: {
  action: Action;
  booking: Actions_booking$data;
  onClose: () => void;
}) {
  const { t } = useTranslation("booking");
  const environment = useRelayEnvironment();
  const needsReason = action === "REJECT" || action === "CANCEL";
  const needsNote = action === "REQUEST_REVISION";
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  // RESUBMIT and APPROVE may change the time (and APPROVE the room).
  const [date, setDate] = useState(jakartaDate(b.startsAt));
  const [start, setStart] = useState(jakartaTime(b.startsAt));
  const [end, setEnd] = useState(jakartaTime(b.endsAt));
  const [roomId, setRoomId] = useState<string>(b.room.id);
  const [title, setTitle] = useState(b.title);
  const [purpose, setPurpose] = useState(b.purpose);
  const [participants, setParticipants] = useState<number>(b.participants);
  // RESUBMIT may replace the request letter (often asked for: a signed one); none keeps it.
  const [newLetter, setNewLetter] = useState<File | null>(null);
  const free = new Map(b.equipmentCheck.map((c) => [c.equipment.id, c.freeQuantity]));
  const [approved, setApproved] = useState<Record<string, number>>(() =>
    Object.fromEntries(
      b.equipment.map((l) => [
        l.equipment.id,
        Math.min(l.requestedQuantity, free.get(l.equipment.id) ?? l.requestedQuantity),
      ]),
    ),
  );

  function input(): Record<string, unknown> {
    const note = text.trim() || null;
    const times = () => {
      const startsAt = jakartaIso(date, start);
      const endsAt = jakartaIso(date, end);
      return {
        startsAt: new Date(startsAt).getTime() !== new Date(b.startsAt).getTime() ? startsAt : null,
        endsAt: new Date(endsAt).getTime() !== new Date(b.endsAt).getTime() ? endsAt : null,
      };
    };
    switch (action) {
      case "REJECT":
      case "CANCEL":
        return { bookingId: b.id, reason: text.trim() };
      case "PROCEED_WITH_SHORTFALL":
        return { bookingId: b.id, proceed: true, note };
      case "WITHDRAW":
        return { bookingId: b.id, proceed: false, note };
      case "REVIEW_EQUIPMENT":
        return {
          bookingId: b.id,
          note,
          lines: Object.entries(approved).map(([equipmentId, approvedQuantity]) => ({ equipmentId, approvedQuantity })),
        };
      case "APPROVE":
        return { bookingId: b.id, note, roomId: roomId !== b.room.id ? roomId : null, ...times() };
      case "RESUBMIT":
        return {
          bookingId: b.id,
          note,
          ...times(),
          title: title.trim() !== b.title ? title.trim() : null,
          purpose: purpose.trim() !== b.purpose ? purpose.trim() : null,
          participants: participants !== b.participants ? participants : null,
          letter: newLetter,
        };
      default:
        return { bookingId: b.id, note };
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if ((needsReason || needsNote) && !text.trim()) {
      setErrors([
        {
          code: "VALIDATION",
          message: t(needsReason ? "actions.reasonRequired" : "actions.noteRequired"),
          field: needsReason ? "reason" : "note",
        },
      ]);
      return;
    }
    setBusy(true);
    setErrors([]);
    commitMutation<MutationParameters & { response: Result }>(environment, {
      mutation: MUTATIONS[action],
      variables: { input: input() },
      onCompleted: (response) => {
        setBusy(false);
        const { result } = response as Result;
        if (result.errors.length) setErrors(result.errors);
        else onClose();
      },
      onError: () => {
        setBusy(false);
        setErrors([{ code: "NETWORK", message: t("actions.network"), field: null }]);
      },
    });
  }

  const { byField, general } = splitErrors(errors, [
    "reason",
    "note",
    "startsAt",
    "endsAt",
    "roomId",
    "lines",
    "title",
    "purpose",
    "participants",
    "letter",
  ]);
  const textLabel = needsReason ? t("actions.reason") : needsNote ? t("actions.revisionNote") : t("actions.note");
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`actions.${action}.title`)}
      size="lg"
      closeButtonProps={{ "aria-label": t("actions.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t(`actions.${action}.help`)}</Text>
          {general.length > 0 && (
            <Alert color="red" role="alert">
              {general.map((e) => (
                <Text key={e.message} size="sm">
                  {e.message}
                </Text>
              ))}
            </Alert>
          )}
          {action === "REVIEW_EQUIPMENT" && (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("equipment.item")}</Table.Th>
                  <Table.Th>{t("equipment.requested")}</Table.Th>
                  <Table.Th>{t("equipment.free")}</Table.Th>
                  <Table.Th>{t("equipment.approved")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {b.equipment.map((l) => (
                  <Table.Tr key={l.equipment.id}>
                    <Table.Td>{l.equipment.name}</Table.Td>
                    <Table.Td>{l.requestedQuantity}</Table.Td>
                    <Table.Td>{free.get(l.equipment.id) ?? "–"}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        aria-label={t("actions.approvedFor", { item: l.equipment.name })}
                        min={0}
                        max={l.requestedQuantity}
                        value={approved[l.equipment.id]}
                        onChange={(v) => setApproved({ ...approved, [l.equipment.id]: Number(v) || 0 })}
                        w={90}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {(action === "APPROVE" || action === "RESUBMIT") && (
            <>
              {action === "APPROVE" && (
                <RoomChoice value={roomId} onChange={setRoomId} error={byField.roomId} label={t("actions.room")} />
              )}
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <TextInput
                  type="date"
                  label={t("actions.date")}
                  value={date}
                  onChange={(e) => setDate(e.currentTarget.value)}
                />
                <TextInput
                  type="time"
                  label={t("actions.start")}
                  value={start}
                  onChange={(e) => setStart(e.currentTarget.value)}
                  error={byField.startsAt}
                />
                <TextInput
                  type="time"
                  label={t("actions.end")}
                  value={end}
                  onChange={(e) => setEnd(e.currentTarget.value)}
                  error={byField.endsAt}
                />
              </SimpleGrid>
            </>
          )}
          {action === "RESUBMIT" && (
            <>
              <TextInput
                label={t("actions.eventTitle")}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={byField.title}
              />
              <Textarea
                label={t("purpose")}
                value={purpose}
                onChange={(e) => setPurpose(e.currentTarget.value)}
                autosize
                minRows={2}
                error={byField.purpose}
              />
              <NumberInput
                label={t("participants")}
                value={participants}
                min={1}
                onChange={(v) => setParticipants(Number(v) || 1)}
                maw={200}
                error={byField.participants}
              />
              <FileInput
                label={t("actions.newLetter")}
                description={t("actions.newLetterHelp")}
                accept="application/pdf,image/jpeg,image/png"
                value={newLetter}
                onChange={setNewLetter}
                clearable
                error={byField.letter}
              />
            </>
          )}
          <Textarea
            label={textLabel}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            required={needsReason || needsNote}
            autosize
            minRows={2}
            error={byField.reason ?? byField.note}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("actions.close")}
            </Button>
            <Button type="submit" loading={busy} color={DANGER.has(action) ? "red" : undefined}>
              {t(`actions.${action}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
