/** Utilisation (SERVICE_HEAD, LEADERSHIP, ADMIN): per room, building or agency over a period:
 * bookable, booked and used hours, no-show and cancellation rates, lead times; a chart (our own
 * SVG), exports as CSV/XLSX at a short-lived signed link, and the monthly summary PDF. */

import { Anchor, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link } from "react-router";
import type { UtilisationPageQuery, UtilisationPageQuery$data } from "../../__generated__/UtilisationPageQuery.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { addDays, jakartaDate } from "../../lib/time";
import { PageLoader } from "../../shell/PageLoader";
import { ScrollTable } from "../admin/shared";
import { Exports } from "./Exports";
import { MonthlySummary } from "./MonthlySummary";

type Row = UtilisationPageQuery$data["utilisationReport"]["rows"][number];
export type GroupBy = "ROOM" | "BUILDING" | "AGENCY";

const pct = (v: number | null | undefined) => (v == null ? "–" : `${Math.round(v * 100)}%`);
const hours = (v: number | null | undefined) => (v == null ? "–" : v.toFixed(1));

/** Booked and used hours per row, the busiest first (at most 15). */
function Chart({ rows, title }: { rows: readonly Row[]; title: string }) {
  const { t } = useTranslation("analytics");
  const shown = [...rows].sort((a, b) => b.bookedHours - a.bookedHours).slice(0, 15);
  const width = 640;
  const bar = 14;
  const gap = 12;
  const left = 170;
  const max = Math.max(1, ...shown.map((r) => Math.max(r.bookedHours, r.bookableHours ?? 0)));
  const x = (v: number) => (v / max) * (width - left - 60);
  const height = shown.length * (bar * 2 + gap) + 34;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} style={{ maxWidth: width }}>
      <title>{title}</title>
      {shown.map((r, i) => {
        const y = 8 + i * (bar * 2 + gap);
        const name = r.name.length > 24 ? `${r.name.slice(0, 23)}…` : r.name;
        return (
          <g key={r.key}>
            <text x={0} y={y + bar + 2} fontSize="12" fill="#212529">
              {name}
            </text>
            {r.bookableHours != null && (
              <rect x={left} y={y} width={x(r.bookableHours)} height={bar * 2 - 2} fill="#e9ecef" />
            )}
            <rect x={left} y={y} width={x(r.bookedHours)} height={bar - 2} fill="#1971c2" />
            <rect x={left} y={y + bar} width={x(r.usedHours)} height={bar - 2} fill="#2f9e44" />
            <text
              x={left + x(Math.max(r.bookedHours, r.bookableHours ?? 0)) + 4}
              y={y + bar + 2}
              fontSize="12"
              fill="#212529"
            >
              {pct(r.utilisation)}
            </text>
          </g>
        );
      })}
      <text x={left} y={height - 6} fontSize="12" fill="#212529">
        {t("chartLegend")}
      </text>
    </svg>
  );
}

function Report({ from, to, groupBy }: { from: string; to: string; groupBy: GroupBy }) {
  const { t } = useTranslation("analytics");
  const data = useLazyLoadQuery<UtilisationPageQuery>(
    graphql`
      query UtilisationPageQuery($from: Date!, $to: Date!, $groupBy: ReportGroup!) {
        utilisationReport(from: $from, to: $to, groupBy: $groupBy) {
          rows {
            ...UtilisationPage_row @relay(mask: false)
          }
          total {
            ...UtilisationPage_row @relay(mask: false)
          }
        }
      }
    `,
    { from, to, groupBy },
    { fetchPolicy: "store-and-network" },
  );
  const { rows, total } = data.utilisationReport;
  const all = [...rows, total];
  return (
    <Stack>
      {rows.length === 0 ? <Text>{t("empty")}</Text> : <Chart rows={rows} title={t("chartTitle")} />}
      <ScrollTable minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`group.${groupBy}`)}</Table.Th>
              <Table.Th>{t("bookable")}</Table.Th>
              <Table.Th>{t("booked")}</Table.Th>
              <Table.Th>{t("used")}</Table.Th>
              <Table.Th>{t("utilisation")}</Table.Th>
              <Table.Th>{t("requests")}</Table.Th>
              <Table.Th>{t("noShows")}</Table.Th>
              <Table.Th>{t("cancellations")}</Table.Th>
              <Table.Th>{t("lead")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {all.map((r) => (
              <Table.Tr key={r.key} fw={r.key === "*" ? 700 : undefined}>
                <Table.Td>{r.key === "*" ? t("total") : r.name}</Table.Td>
                <Table.Td>{hours(r.bookableHours)}</Table.Td>
                <Table.Td>{hours(r.bookedHours)}</Table.Td>
                <Table.Td>{hours(r.usedHours)}</Table.Td>
                <Table.Td>{pct(r.utilisation)}</Table.Td>
                <Table.Td>{r.requests}</Table.Td>
                <Table.Td>
                  {r.noShows} ({pct(r.noShowRate)})
                </Table.Td>
                <Table.Td>
                  {r.cancellations} ({pct(r.cancellationRate)})
                </Table.Td>
                <Table.Td>{hours(r.meanLeadHours)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

graphql`
  fragment UtilisationPage_row on UtilisationRow {
    key
    name
    bookableHours
    bookedHours
    usedHours
    utilisation
    requests
    booked
    noShows
    noShowRate
    cancellations
    cancellationRate
    meanLeadHours
  }
`;

export default function UtilisationPage() {
  const { t } = useTranslation("analytics");
  const viewer = useViewer();
  const today = jakartaDate();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 30));
  const [groupBy, setGroupBy] = useState<GroupBy>("ROOM");
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return (
    <Stack maw={1100}>
      <Title order={1}>{t("title")}</Title>
      <Text>
        {t("help")}{" "}
        <Anchor component={Link} to="/staff/service-levels">
          {t("serviceLevels")}
        </Anchor>
      </Text>
      <Group align="end">
        <TextInput type="date" label={t("from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t("to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="group-by-label">
            {t("groupBy")}
          </Text>
          <SegmentedControl
            aria-labelledby="group-by-label"
            value={groupBy}
            onChange={(v) => setGroupBy(v as GroupBy)}
            data={(["ROOM", "BUILDING", "AGENCY"] as const).map((g) => ({ value: g, label: t(`group.${g}`) }))}
          />
        </Stack>
      </Group>
      {valid ? (
        <>
          <Exports from={from} to={to} groupBy={groupBy} />
          <Suspense fallback={<PageLoader />}>
            <Report from={from} to={to} groupBy={groupBy} />
          </Suspense>
        </>
      ) : (
        <Text c="red.9" role="alert">
          {t("badPeriod")}
        </Text>
      )}
      {hasRole(viewer, "LEADERSHIP", "SERVICE_HEAD", "ADMIN") && <MonthlySummary />}
    </Stack>
  );
}
