/** The service-level report: per SOP step and officer, how long the stays took on the working
 * calendar against the step's time standard, with a chart (our own small SVG). */

import { Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import type {
  ServiceLevelPageQuery,
  ServiceLevelPageQuery$data,
} from "../../__generated__/ServiceLevelPageQuery.graphql";
import { addDays, jakartaDate, jakartaIso } from "../../lib/time";

type Row = ServiceLevelPageQuery$data["serviceLevelReport"][number];

/** Bars of each step's median and 90th percentile (working minutes), the standard as a mark. */
function Chart({ rows, title }: { rows: readonly Row[]; title: string }) {
  const { t } = useTranslation("staff");
  const width = 640;
  const bar = 22;
  const gap = 14;
  const left = 150;
  const max = Math.max(1, ...rows.map((r) => Math.max(r.p90WorkingMinutes, r.standardMinutes)));
  const x = (v: number) => left + (v / max) * (width - left - 20);
  const height = rows.length * (bar * 2 + gap) + 30;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} style={{ maxWidth: width }}>
      <title>{title}</title>
      {rows.map((r, i) => {
        const y = 10 + i * (bar * 2 + gap);
        return (
          <g key={r.step.number}>
            <text x={0} y={y + bar} fontSize="13" fill="#212529">
              {t("sla.stepShort", { n: r.step.number })}
            </text>
            <rect x={left} y={y} width={x(r.medianWorkingMinutes) - left} height={bar - 4} fill="#1971c2" />
            <rect x={left} y={y + bar} width={x(r.p90WorkingMinutes) - left} height={bar - 4} fill="#74c0fc" />
            <line
              x1={x(r.standardMinutes)}
              x2={x(r.standardMinutes)}
              y1={y - 3}
              y2={y + bar * 2}
              stroke="#c92a2a"
              strokeWidth={3}
            />
            <text x={x(r.medianWorkingMinutes) + 4} y={y + bar - 8} fontSize="12" fill="#212529">
              {Math.round(r.medianWorkingMinutes)}
            </text>
            <text x={x(r.p90WorkingMinutes) + 4} y={y + bar * 2 - 8} fontSize="12" fill="#212529">
              {Math.round(r.p90WorkingMinutes)}
            </text>
          </g>
        );
      })}
      <text x={left} y={height - 4} fontSize="12" fill="#212529">
        {t("sla.legend")}
      </text>
    </svg>
  );
}

export default function ServiceLevelPage() {
  const { t } = useTranslation("staff");
  const today = jakartaDate();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 1));
  const data = useLazyLoadQuery<ServiceLevelPageQuery>(
    graphql`
      query ServiceLevelPageQuery($from: DateTime!, $to: DateTime!) {
        serviceLevelReport(from: $from, to: $to) {
          step {
            number
            name
          }
          allOfficers
          officer {
            name
          }
          count
          medianWorkingMinutes
          p90WorkingMinutes
          withinStandardShare
          standardMinutes
        }
      }
    `,
    { from: jakartaIso(from, "00:00"), to: jakartaIso(to, "00:00") },
    { fetchPolicy: "store-and-network" },
  );
  const rows = data.serviceLevelReport;
  const overall = rows.filter((r) => r.allOfficers);
  return (
    <Stack maw={1000}>
      <Title order={1}>{t("sla.title")}</Title>
      <Group>
        <TextInput type="date" label={t("sla.from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t("sla.to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      {overall.length === 0 ? <Text>{t("sla.empty")}</Text> : <Chart rows={overall} title={t("sla.chart")} />}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("sla.step")}</Table.Th>
            <Table.Th>{t("sla.officer")}</Table.Th>
            <Table.Th>{t("sla.count")}</Table.Th>
            <Table.Th>{t("sla.median")}</Table.Th>
            <Table.Th>{t("sla.p90")}</Table.Th>
            <Table.Th>{t("sla.standard")}</Table.Th>
            <Table.Th>{t("sla.within")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.step.number}-${r.officer?.name ?? "all"}`} fw={r.allOfficers ? 700 : undefined}>
              <Table.Td>
                {r.step.number}. {r.step.name}
              </Table.Td>
              <Table.Td>{r.allOfficers ? t("sla.everyone") : r.officer?.name}</Table.Td>
              <Table.Td>{r.count}</Table.Td>
              <Table.Td>{Math.round(r.medianWorkingMinutes)}</Table.Td>
              <Table.Td>{Math.round(r.p90WorkingMinutes)}</Table.Td>
              <Table.Td>{r.standardMinutes}</Table.Td>
              <Table.Td>{Math.round(r.withinStandardShare * 100)}%</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
