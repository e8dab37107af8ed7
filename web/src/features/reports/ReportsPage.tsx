/** LEADERSHIP (and City Hall staff): the event reports, newest event first, with their photos. */

import { Anchor, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery } from "react-relay";
import { Link } from "react-router";
import type { ReportsPageQuery } from "../../__generated__/ReportsPageQuery.graphql";
import { addDays, formatDateTime, formatRange, jakartaDate } from "../../lib/time";
import { ReportDocumentLink } from "../afterbooking/ReportDocument";
import { PhotoThumb } from "./PhotoThumb";

export default function ReportsPage() {
  const { t, i18n } = useTranslation("reports");
  const lang = i18n.language === "en" ? "en" : "id";
  const today = jakartaDate();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 1));
  const data = useLazyLoadQuery<ReportsPageQuery>(
    graphql`
      query ReportsPageQuery($from: Date, $to: Date) {
        eventReports(first: 20, from: $from, to: $to) {
          totalCount
          edges {
            node {
              id
              narrative
              reportedAt
              room {
                name
              }
              agency {
                name
              }
              reportedBy {
                name
              }
              booking {
                id
                reference
                title
                startsAt
                endsAt
              }
              photos {
                id
                ...PhotoThumb_photo
              }
              document {
                status
                url
              }
            }
          }
        }
      }
    `,
    { from: from || null, to: to || null },
    { fetchPolicy: "store-and-network" },
  );
  return (
    <Stack maw={1000}>
      <Title order={1}>{t("listTitle")}</Title>
      <Group>
        <TextInput type="date" label={t("from")} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t("to")} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
      </Group>
      <Text>{t("count", { count: data.eventReports.totalCount })}</Text>
      {data.eventReports.edges.map(({ node: r }) => (
        <Paper key={r.id} withBorder p="md" component="article" aria-label={r.booking.title}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {r.booking.title}
              </Title>
              <Anchor component={Link} to={`/bookings/${r.booking.id}`}>
                {r.booking.reference}
              </Anchor>
            </Group>
            <Text size="sm">
              {formatRange(r.booking.startsAt, r.booking.endsAt, lang)} · {r.room.name} · {r.agency.name}
            </Text>
            <Text>{r.narrative}</Text>
            <Group>
              {r.photos.map((p, i) => (
                <PhotoThumb key={p.id} photo={p} alt={t("photoAlt", { n: i + 1, title: r.booking.title })} />
              ))}
            </Group>
            <ReportDocumentLink document={r.document} title={r.booking.title} />
            <Text size="xs" c="gray.7">
              {t("reportedBy", { at: formatDateTime(r.reportedAt, lang), name: r.reportedBy?.name ?? "" })}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
