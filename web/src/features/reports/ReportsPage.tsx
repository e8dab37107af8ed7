/** LEADERSHIP (and City Hall staff): the event reports, newest event first, with their photos;
 * 20 at a time. */

import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, usePaginationFragment } from "react-relay";
import { Link } from "react-router";
import type { ReportsPage_list$key } from "../../__generated__/ReportsPage_list.graphql";
import type { ReportsPageQuery } from "../../__generated__/ReportsPageQuery.graphql";
import { addDays, formatDateTime, formatRange, jakartaDate } from "../../lib/time";
import { ReportDocumentLink } from "../afterbooking/ReportDocument";
import { PhotoThumb } from "./PhotoThumb";

/** The reports, 20 at a time: "load more" follows the connection's cursor. */
function ReportList({ query }: { query: ReportsPage_list$key }) {
  const { t, i18n } = useTranslation("reports");
  const lang = i18n.language === "en" ? "en" : "id";
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment ReportsPage_list on Query
      @refetchable(queryName: "ReportsPageListPaginationQuery")
      @argumentDefinitions(
        first: { type: "Int", defaultValue: 20 }
        after: { type: "String" }
        from: { type: "Date" }
        to: { type: "Date" }
      ) {
        eventReports(first: $first, after: $after, from: $from, to: $to)
          @connection(key: "ReportsPage_eventReports", filters: ["from", "to"]) {
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
    query,
  );
  return (
    <>
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
      {hasNext && (
        <Button variant="default" w="fit-content" onClick={() => loadNext(20)} loading={isLoadingNext}>
          {t("more")}
        </Button>
      )}
    </>
  );
}

export default function ReportsPage() {
  const { t } = useTranslation("reports");
  const today = jakartaDate();
  const [from, setFrom] = useState(addDays(today, -30));
  const [to, setTo] = useState(addDays(today, 1));
  const data = useLazyLoadQuery<ReportsPageQuery>(
    graphql`
      query ReportsPageQuery($from: Date, $to: Date) {
        ...ReportsPage_list @arguments(from: $from, to: $to)
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
      <ReportList query={data} />
    </Stack>
  );
}
