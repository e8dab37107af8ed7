/** A recurring request (/requests/series): preview every occurrence with its conflicts and
 * holidays, then submit the series with one letter. One idempotency key per filled-in form. */

import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchQuery, graphql, useLazyLoadQuery, useMutation, useRelayEnvironment } from "react-relay";
import { Link } from "react-router";
import type {
  SeriesPagePreviewQuery,
  SeriesPagePreviewQuery$data,
  Weekday,
} from "../../__generated__/SeriesPagePreviewQuery.graphql";
import type { SeriesPageQuery } from "../../__generated__/SeriesPageQuery.graphql";
import type {
  SeriesPageSubmitMutation,
  SeriesPageSubmitMutation$data,
} from "../../__generated__/SeriesPageSubmitMutation.graphql";
import { addDays, formatDate, formatTime, jakartaDate, jakartaIso } from "../../lib/time";

interface EquipmentLine {
  equipmentId: string;
  quantity: number | string;
}

/** What every occurrence needs (the preview and the submission check the free quantity of each). */
function EquipmentLines({
  lines,
  items,
  error,
  onChange,
}: {
  lines: EquipmentLine[];
  items: readonly { readonly id: string; readonly name: string; readonly unit: string }[];
  error?: string;
  onChange: (lines: EquipmentLine[]) => void;
}) {
  const { t } = useTranslation("series");
  const update = (i: number, patch: Partial<EquipmentLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" size="sm" fw={500}>
        {t("equipment")}
      </Text>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
        <Group key={i} align="end" wrap="nowrap">
          <Select
            label={t("item", { n: i + 1 })}
            data={items.map((it) => ({ value: it.id, label: `${it.name} (${it.unit})` }))}
            value={line.equipmentId || null}
            onChange={(v) => update(i, { equipmentId: v ?? "" })}
            searchable
            style={{ flex: 1 }}
          />
          <NumberInput
            label={t("quantity")}
            min={1}
            value={line.quantity}
            onChange={(v) => update(i, { quantity: v })}
            w={100}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t("removeItem", { n: i + 1 })}
            onClick={() => onChange(lines.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" w="fit-content" onClick={() => onChange([...lines, { equipmentId: "", quantity: 1 }])}>
        {t("addItem")}
      </Button>
    </Stack>
  );
}

const WEEKDAYS: Weekday[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
type Occurrence = SeriesPagePreviewQuery$data["previewSeries"][number];

const preview = graphql`
  query SeriesPagePreviewQuery($input: PreviewSeriesInput!) {
    previewSeries(input: $input) {
      date
      startsAt
      endsAt
      holiday
      workingDay
      outcome
      code
      message
    }
  }
`;

function OccurrenceTable({ rows }: { rows: readonly Occurrence[] }) {
  const { t, i18n } = useTranslation("series");
  const lang = i18n.language === "en" ? "en" : "id";
  return (
    <Table striped aria-label={t("previewTable")}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("date")}</Table.Th>
          <Table.Th>{t("time")}</Table.Th>
          <Table.Th>{t("calendar")}</Table.Th>
          <Table.Th>{t("outcome")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((o) => (
          <Table.Tr key={o.date}>
            <Table.Td>{formatDate(o.startsAt, lang)}</Table.Td>
            <Table.Td>
              {formatTime(o.startsAt, lang)}–{formatTime(o.endsAt, lang)}
            </Table.Td>
            <Table.Td>
              {o.holiday && (
                <Badge color="grape.9" variant="filled">
                  {t("holiday")}
                </Badge>
              )}
              {!o.holiday && !o.workingDay && (
                <Badge color="gray.8" variant="filled">
                  {t("weekend")}
                </Badge>
              )}
            </Table.Td>
            <Table.Td>
              {o.outcome === "BOOKABLE" && t("bookable")}
              {o.outcome === "HOLIDAY_SKIPPED" && t("skipped")}
              {o.outcome === "CONFLICT" && (
                <Text c="red.9" size="sm" fw={600}>
                  {t("conflict")}: {o.message}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export default function SeriesPage() {
  const { t } = useTranslation("series");
  const environment = useRelayEnvironment();
  const rooms = useLazyLoadQuery<SeriesPageQuery>(
    graphql`
      query SeriesPageQuery {
        rooms(first: 100) {
          edges {
            node {
              id
              code
              name
              capacity
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
    `,
    {},
  );
  const firstDay = addDays(jakartaDate(), 7);
  const [form, setForm] = useState({
    roomId: rooms.rooms.edges[0]?.node.id ?? "",
    date: firstDay,
    start: "09:00",
    end: "10:00",
    title: "",
    purpose: "",
    participants: 10 as number | string,
    frequency: "WEEKLY",
    interval: 1 as number | string,
    weekdays: [] as Weekday[],
    until: addDays(firstDay, 28),
    skipHolidays: false,
    onConflict: "ABORT",
    equipment: [] as EquipmentLine[],
  });
  const [letter, setLetter] = useState<File | null>(null);
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [rows, setRows] = useState<readonly Occurrence[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<SeriesPageSubmitMutation$data["submitSeries"] | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [submit, submitting] = useMutation<SeriesPageSubmitMutation>(graphql`
    mutation SeriesPageSubmitMutation($input: SubmitSeriesInput!) {
      submitSeries(input: $input) {
        replayed
        series {
          id
        }
        bookings {
          id
          reference
          startsAt
        }
        skipped {
          date
          message
        }
        conflicts {
          date
          startsAt
          endsAt
          holiday
          workingDay
          outcome
          code
          message
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const set = (patch: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setRows(null);
  };
  const input = () => ({
    roomId: form.roomId,
    startsAt: jakartaIso(form.date, form.start),
    endsAt: jakartaIso(form.date, form.end),
    title: form.title,
    purpose: form.purpose,
    participants: Number(form.participants) || 0,
    recurrence: {
      frequency: form.frequency as "DAILY" | "WEEKLY" | "MONTHLY",
      interval: Number(form.interval) || 1,
      weekdays: form.frequency === "WEEKLY" && form.weekdays.length ? form.weekdays : null,
      until: form.until || null,
    },
    skipHolidays: form.skipHolidays,
    equipment: form.equipment
      .filter((l) => l.equipmentId)
      .map((l) => ({ equipmentId: l.equipmentId, quantity: Number(l.quantity) || 1 })),
  });
  const fieldErrors = (list: readonly { readonly field?: string | null; readonly message: string }[]) =>
    setErrors(Object.fromEntries(list.map((e) => [e.field ?? "form", e.message])));

  function runPreview() {
    setPreviewing(true);
    setErrors({});
    fetchQuery<SeriesPagePreviewQuery>(environment, preview, { input: input() }).subscribe({
      next: (d) => setRows(d.previewSeries),
      error: (e: unknown) => {
        const source = (e as { source?: { errors?: { message: string; extensions?: { field?: string } }[] } }).source;
        fieldErrors(
          source?.errors?.map((x) => ({ field: x.extensions?.field, message: x.message })) ?? [
            { message: t("failed") },
          ],
        );
        setPreviewing(false);
      },
      complete: () => setPreviewing(false),
    });
  }

  function send() {
    setErrors({});
    submit({
      variables: {
        input: {
          ...input(),
          idempotencyKey: key,
          letter: letter as File,
          onConflict: form.onConflict as "ABORT" | "SKIP_CONFLICTS",
        },
      },
      onCompleted: ({ submitSeries: r }) => {
        if (r.conflicts.length) setRows(r.conflicts);
        if (r.errors.length) fieldErrors(r.errors);
        if (r.series) {
          setResult(r);
          setKey(crypto.randomUUID());
        }
      },
      onError: () => setErrors({ form: t("failed") }),
    });
  }

  if (result) {
    return (
      <Stack maw={900}>
        <Title order={1}>{t("title")}</Title>
        <Alert color="green" variant="outline" role="status" title={t("done", { count: result.bookings.length })}>
          <Stack gap={4}>
            {result.bookings.map((b) => (
              <Anchor key={b.id} component={Link} to={`/bookings/${b.id}`}>
                {b.reference}
              </Anchor>
            ))}
            {result.skipped.length > 0 && <Text size="sm">{t("skippedCount", { count: result.skipped.length })}</Text>}
          </Stack>
        </Alert>
      </Stack>
    );
  }

  const roomOptions = rooms.rooms.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.code} · ${node.name} (${node.capacity})`,
  }));
  return (
    <Stack maw={900}>
      <Title order={1}>{t("title")}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Select
            label={t("room")}
            data={roomOptions}
            value={form.roomId}
            onChange={(v) => set({ roomId: v ?? "" })}
            searchable
            allowDeselect={false}
            error={errors.roomId}
          />
          <Group>
            <TextInput
              type="date"
              label={t("firstDate")}
              value={form.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={errors.startsAt}
            />
            <TextInput
              type="time"
              label={t("start")}
              value={form.start}
              onChange={(e) => set({ start: e.currentTarget.value })}
            />
            <TextInput
              type="time"
              label={t("end")}
              value={form.end}
              onChange={(e) => set({ end: e.currentTarget.value })}
              error={errors.endsAt}
            />
          </Group>
          <TextInput
            label={t("titleField")}
            value={form.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            error={errors.title}
          />
          <Textarea
            label={t("purpose")}
            value={form.purpose}
            onChange={(e) => set({ purpose: e.currentTarget.value })}
            error={errors.purpose}
          />
          <NumberInput
            label={t("participants")}
            value={form.participants}
            min={1}
            onChange={(v) => set({ participants: v })}
            error={errors.participants}
            w={200}
          />
          <EquipmentLines
            lines={form.equipment}
            items={rooms.equipmentItems.edges.map(({ node }) => node)}
            error={errors.equipment}
            onChange={(equipment) => set({ equipment })}
          />
          <Group align="end">
            <Select
              label={t("frequency")}
              data={["DAILY", "WEEKLY", "MONTHLY"].map((f) => ({ value: f, label: t(`freq.${f}`) }))}
              value={form.frequency}
              onChange={(v) => set({ frequency: v ?? "WEEKLY" })}
              allowDeselect={false}
              w={200}
            />
            <NumberInput
              label={t("interval")}
              value={form.interval}
              min={1}
              onChange={(v) => set({ interval: v })}
              w={160}
            />
            <TextInput
              type="date"
              label={t("until")}
              value={form.until}
              onChange={(e) => set({ until: e.currentTarget.value })}
              error={errors["recurrence.until"] ?? errors.until}
            />
          </Group>
          {form.frequency === "WEEKLY" && (
            <Checkbox.Group
              label={t("weekdays")}
              value={form.weekdays}
              onChange={(v) => set({ weekdays: v as Weekday[] })}
            >
              <Group mt={4}>
                {WEEKDAYS.map((d) => (
                  <Checkbox key={d} value={d} label={t(`day.${d}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
          <Checkbox
            label={t("skipHolidays")}
            checked={form.skipHolidays}
            onChange={(e) => set({ skipHolidays: e.currentTarget.checked })}
          />
          {errors.recurrence && (
            <Alert color="red" role="alert">
              {errors.recurrence}
            </Alert>
          )}
          <Button variant="outline" onClick={runPreview} loading={previewing} w="fit-content">
            {t("preview")}
          </Button>
        </Stack>
      </Paper>
      {rows && (
        <Stack>
          <Text fw={600}>
            {t("summary", {
              total: rows.length,
              conflicts: rows.filter((r) => r.outcome === "CONFLICT").length,
              holidays: rows.filter((r) => r.holiday).length,
            })}
          </Text>
          <OccurrenceTable rows={rows} />
          <FileInput
            label={t("letter")}
            accept="application/pdf,image/jpeg,image/png"
            value={letter}
            onChange={setLetter}
            clearable
            error={errors.letter}
            w={360}
          />
          <Select
            label={t("onConflict")}
            data={[
              { value: "ABORT", label: t("abort") },
              { value: "SKIP_CONFLICTS", label: t("skipConflicts") },
            ]}
            value={form.onConflict}
            onChange={(v) => setForm((f) => ({ ...f, onConflict: v ?? "ABORT" }))}
            allowDeselect={false}
            w={360}
          />
          {errors.form && (
            <Alert color="red" role="alert">
              {errors.form}
            </Alert>
          )}
          <Button onClick={send} loading={submitting} disabled={!letter} w="fit-content">
            {t("submit")}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
