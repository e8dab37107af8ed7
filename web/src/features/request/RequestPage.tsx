import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Loader,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, type ReactNode, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { commitMutation, graphql, useLazyLoadQuery, useRelayEnvironment } from "react-relay";
import { Link, useNavigate, useSearchParams } from "react-router";
import type { RequestPageEquipmentQuery } from "../../__generated__/RequestPageEquipmentQuery.graphql";
import type {
  RequestPageMutation,
  RequestPageMutation$variables,
} from "../../__generated__/RequestPageMutation.graphql";
import type { RequestPageQuery } from "../../__generated__/RequestPageQuery.graphql";
import { useViewer } from "../../auth/viewer";
import { jakartaDate, jakartaIso } from "../../lib/time";
import { splitErrors, type UserError } from "../../lib/userErrors";
import { onReconnect } from "../../relay/connection";
import { NetworkError } from "../../relay/network";
import { clearDraft, type Draft, type DraftValues, loadDraft, loadLetter, saveDraft, saveLetter } from "./draft";

const query = graphql`
  query RequestPageQuery {
    rooms(first: 100) {
      edges {
        node {
          id
          name
          capacity
          opensAt
          closesAt
        }
      }
    }
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

const freeQuery = graphql`
  query RequestPageEquipmentQuery($startsAt: DateTime!, $endsAt: DateTime!) {
    equipmentAvailability(startsAt: $startsAt, endsAt: $endsAt) {
      equipment {
        id
      }
      freeQuantity
    }
  }
`;

const mutation = graphql`
  mutation RequestPageMutation($input: SubmitBookingInput!) {
    submitBooking(input: $input) {
      replayed
      booking {
        id
        reference
        status
      }
      errors {
        code
        message
        field
        rule
      }
    }
  }
`;

const FIELDS = ["roomId", "startsAt", "endsAt", "title", "purpose", "participants", "equipment", "letter"];
const LETTER_TYPES = "application/pdf,image/jpeg,image/png";

type Phase = "editing" | "sending" | "waiting";

/** SOP step 2: the request for a room (and equipment), with the letter. */
export default function RequestPage() {
  const { t } = useTranslation("request");
  const viewer = useViewer();
  const owner = viewer.nrk;
  const navigate = useNavigate();
  const environment = useRelayEnvironment();
  const [params] = useSearchParams();
  const data = useLazyLoadQuery<RequestPageQuery>(query, {}, { fetchPolicy: "store-or-network" });

  const [draft, setDraft] = useState<Draft>(() => {
    const d = loadDraft(owner);
    // A link from the day view or the room search picks the room and the time.
    const v = { ...d.values };
    if (params.get("roomId")) v.roomId = params.get("roomId") ?? "";
    if (params.get("date")) v.date = params.get("date") ?? "";
    if (params.get("start")) v.start = params.get("start") ?? v.start;
    if (params.get("end")) v.end = params.get("end") ?? v.end;
    if (params.get("participants")) v.participants = Number(params.get("participants")) || v.participants;
    if (!v.date) v.date = jakartaDate();
    return { key: d.key, values: v };
  });
  const [letter, setLetter] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("editing");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const pending = useRef<RequestPageMutation$variables | null>(null);
  const values = draft.values;

  useEffect(() => saveDraft(owner, draft), [owner, draft]);
  useEffect(() => {
    void loadLetter(owner).then((f) => f && setLetter((cur) => cur ?? f));
  }, [owner]);

  const set = <K extends keyof DraftValues>(name: K, value: DraftValues[K]) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [name]: value } }));

  const startsAt = values.date && values.start ? jakartaIso(values.date, values.start) : "";
  const endsAt = values.date && values.end ? jakartaIso(values.date, values.end) : "";
  // A date typed digit by digit passes through years such as 0002: ask the API about free
  // equipment only for dates it accepts (2000-2199), else the form would show its error page.
  const plausibleDay = /^2[01]\d\d-\d\d-\d\d$/.test(values.date);
  const timesValid = plausibleDay && startsAt !== "" && endsAt !== "" && values.end > values.start;

  function send(variables: RequestPageMutation$variables) {
    pending.current = variables;
    setPhase("sending");
    commitMutation<RequestPageMutation>(environment, {
      mutation,
      variables,
      onCompleted: ({ submitBooking }) => {
        pending.current = null;
        if (submitBooking.booking) {
          clearDraft(owner);
          navigate(`/bookings/${submitBooking.booking.id}`, {
            replace: true,
            state: { submitted: submitBooking.booking.reference, replayed: submitBooking.replayed },
          });
          return;
        }
        setErrors(submitBooking.errors);
        setPhase("editing");
      },
      onError: (error) => {
        if (error instanceof NetworkError || error.name === "NetworkError") {
          // Kept: sent again, with the same key, as soon as the service answers.
          setPhase("waiting");
        } else {
          pending.current = null;
          setErrors([{ code: "INTERNAL", message: t("failed"), field: null }]);
          setPhase("editing");
        }
      },
    });
  }

  // After an outage the same variables (the same idempotency key) are sent again, once.
  const sendRef = useRef(send);
  sendRef.current = send;
  useEffect(
    () =>
      onReconnect(() => {
        if (pending.current) sendRef.current(pending.current);
      }),
    [],
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    if (phase !== "editing") return; // a double click sends once
    setErrors([]);
    send({
      input: {
        idempotencyKey: draft.key,
        roomId: values.roomId,
        startsAt,
        endsAt,
        title: values.title.trim(),
        purpose: values.purpose.trim(),
        participants: Number(values.participants) || 0,
        letter: letter as File,
        equipment: values.equipment
          .filter((l) => l.equipmentId && l.quantity > 0)
          .map((l) => ({ equipmentId: l.equipmentId, quantity: l.quantity })),
      },
    });
  }

  const { byField, general } = splitErrors(errors, FIELDS);
  const taken = general.some((e) => e.code === "ROOM_UNAVAILABLE" || e.code === "ROOM_BLOCKED");
  const rooms = data.rooms.edges.map(({ node }) => node);
  const room = rooms.find((r) => r.id === values.roomId);
  const roomOptions = rooms.map((r) => ({ value: r.id, label: `${r.name} (${t("capacity", { count: r.capacity })})` }));
  const items = data.equipmentItems.edges.map(({ node }) => node);
  const busy = phase !== "editing";

  return (
    <Stack maw={760}>
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">{t("intro")}</Text>
      {phase === "waiting" && (
        <Alert color="yellow" role="alert" title={t("waitingTitle")}>
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t("waiting")}</Text>
          </Group>
          <Button
            mt="xs"
            size="xs"
            variant="default"
            onClick={() => {
              pending.current = null;
              setPhase("editing");
            }}
          >
            {t("stopWaiting")}
          </Button>
        </Alert>
      )}
      {general.length > 0 && (
        <Alert color="red" role="alert" title={t("notSent")}>
          <Stack gap={4}>
            {general.map((e) => (
              <Text key={e.code + e.message} size="sm">
                {e.message}
              </Text>
            ))}
            {general.some((e) => e.code === "IDEMPOTENCY_KEY_REUSED") && (
              <Group gap="xs">
                <Anchor component={Link} to="/" size="sm">
                  {t("seeBookings")}
                </Anchor>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    clearDraft(owner);
                    setDraft(() => ({ ...loadDraft(owner), values }));
                    setErrors([]);
                  }}
                >
                  {t("newForm")}
                </Button>
              </Group>
            )}
            {taken && (
              <Group gap="md">
                <Anchor
                  component={Link}
                  to={`/waitlist/join?roomId=${encodeURIComponent(values.roomId)}&startsAt=${encodeURIComponent(startsAt)}&endsAt=${encodeURIComponent(endsAt)}`}
                  size="sm"
                  fw={600}
                >
                  {t("joinWaitlist")}
                </Anchor>
                <Anchor
                  component={Link}
                  to={`/rooms/search?date=${values.date}&start=${values.start}&end=${values.end}`}
                  size="sm"
                >
                  {t("otherRooms")}
                </Anchor>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <fieldset disabled={busy} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack>
            <Select
              label={t("room")}
              placeholder={t("roomPlaceholder")}
              data={roomOptions}
              value={values.roomId || null}
              onChange={(v) => set("roomId", v ?? "")}
              searchable
              required
              error={byField.roomId}
              description={room ? t("roomHours", { from: room.opensAt, to: room.closesAt }) : undefined}
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }}>
              <TextInput
                type="date"
                label={t("date")}
                value={values.date}
                onChange={(e) => set("date", e.currentTarget.value)}
                required
                error={byField.startsAt && !values.start ? byField.startsAt : undefined}
              />
              <TextInput
                type="time"
                label={t("start")}
                value={values.start}
                onChange={(e) => set("start", e.currentTarget.value)}
                required
                step={300}
                error={byField.startsAt}
              />
              <TextInput
                type="time"
                label={t("end")}
                value={values.end}
                onChange={(e) => set("end", e.currentTarget.value)}
                required
                step={300}
                error={
                  byField.endsAt ??
                  (values.end && values.start && values.end <= values.start ? t("endAfterStart") : undefined)
                }
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t("timezone")}
            </Text>
            <TextInput
              label={t("eventTitle")}
              value={values.title}
              onChange={(e) => set("title", e.currentTarget.value)}
              required
              maxLength={200}
              error={byField.title}
            />
            <Textarea
              label={t("purpose")}
              value={values.purpose}
              onChange={(e) => set("purpose", e.currentTarget.value)}
              required
              autosize
              minRows={2}
              maxLength={2000}
              error={byField.purpose}
            />
            <NumberInput
              label={t("participants")}
              value={values.participants}
              onChange={(v) => set("participants", v === "" ? "" : Number(v))}
              min={1}
              required
              maw={200}
              error={
                byField.participants ??
                (room && Number(values.participants) > room.capacity
                  ? t("overCapacity", { count: room.capacity })
                  : undefined)
              }
            />
            <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Text component="legend" size="sm" fw={500}>
                {t("equipment")}
              </Text>
              {byField.equipment && (
                <Text c="red" size="sm" role="alert">
                  {byField.equipment}
                </Text>
              )}
              <Suspense fallback={<Loader size="xs" />}>
                {timesValid ? (
                  <FreeQuantities startsAt={startsAt} endsAt={endsAt}>
                    {(free) => (
                      <EquipmentLines
                        lines={values.equipment}
                        items={items}
                        free={free}
                        onChange={(lines) => set("equipment", lines)}
                      />
                    )}
                  </FreeQuantities>
                ) : (
                  <EquipmentLines
                    lines={values.equipment}
                    items={items}
                    free={null}
                    onChange={(lines) => set("equipment", lines)}
                  />
                )}
              </Suspense>
            </Stack>
            <FileInput
              label={t("letter")}
              description={t("letterHelp")}
              accept={LETTER_TYPES}
              value={letter}
              onChange={(f) => {
                setLetter(f);
                void saveLetter(owner, f);
              }}
              clearable
              required
              error={byField.letter}
            />
            <Group>
              <Button type="submit" loading={phase === "sending"} disabled={busy}>
                {t("submit")}
              </Button>
              <Anchor component={Link} to="/requests/series" size="sm">
                {t("series")}
              </Anchor>
            </Group>
          </Stack>
        </fieldset>
      </form>
    </Stack>
  );
}

interface Item {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
}

function EquipmentLines({
  lines,
  items,
  free,
  onChange,
}: {
  lines: DraftValues["equipment"];
  items: readonly Item[];
  free: Map<string, number> | null;
  onChange: (lines: DraftValues["equipment"]) => void;
}) {
  const { t } = useTranslation("request");
  const update = (i: number, patch: Partial<DraftValues["equipment"][number]>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <>
      {lines.map((line, i) => {
        const available = line.equipmentId ? free?.get(line.equipmentId) : undefined;
        const short = available !== undefined && line.quantity > available;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <Group key={i} align="start" wrap="nowrap">
            <Select
              label={t("item", { n: i + 1 })}
              data={items.map((it) => ({ value: it.id, label: `${it.name} (${it.unit})` }))}
              value={line.equipmentId || null}
              onChange={(v) => update(i, { equipmentId: v ?? "" })}
              style={{ flex: 1 }}
              description={available !== undefined ? t("free", { count: available }) : free ? undefined : t("pickTime")}
            />
            <NumberInput
              label={t("quantity")}
              min={1}
              value={line.quantity}
              onChange={(v) => update(i, { quantity: Number(v) || 1 })}
              w={100}
              error={short ? t("short") : undefined}
            />
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t("removeItem", { n: i + 1 })}
              onClick={() => onChange(lines.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
        );
      })}
      <Button variant="subtle" w="fit-content" onClick={() => onChange([...lines, { equipmentId: "", quantity: 1 }])}>
        {t("addItem")}
      </Button>
    </>
  );
}

/** Free quantity of each item over the chosen time (stock less the peak allocated then). */
function FreeQuantities({
  startsAt,
  endsAt,
  children,
}: {
  startsAt: string;
  endsAt: string;
  children: (free: Map<string, number>) => ReactNode;
}) {
  const data = useLazyLoadQuery<RequestPageEquipmentQuery>(
    freeQuery,
    { startsAt, endsAt },
    { fetchPolicy: "store-and-network" },
  );
  const free = useMemo(
    () => new Map(data.equipmentAvailability.map((a) => [a.equipment.id, a.freeQuantity] as const)),
    [data],
  );
  return <>{children(free)}</>;
}
