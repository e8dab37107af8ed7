/** ADMIN: the audit trail of administrative changes (who, when, what, before, after), newest
 * first, filtered, more loaded on request. Read-only. */

import { Button, Code, Group, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, usePaginationFragment } from "react-relay";
import type { AuditPage_trail$key } from "../../__generated__/AuditPage_trail.graphql";
import type { AuditPageQuery } from "../../__generated__/AuditPageQuery.graphql";
import type { AuditPageTrailQuery } from "../../__generated__/AuditPageTrailQuery.graphql";
import { addDays, formatDateTime, jakartaIso } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { PageLoader } from "../../shell/PageLoader";
import { auditChanges } from "./logic";
import { ScrollTable } from "./shared";

const TYPES = ["ROOM", "EQUIPMENT", "AGENCY", "USER", "CLOSURE"];

export default function AuditPage() {
  const { t } = useTranslation("admin");
  const [entityType, setEntityType] = useState<string | null>(null);
  const [actorId, setActorId] = useState<string | null>(null);
  const [since, setSince] = useState("");
  const [until, setUntil] = useState("");
  const admins = useLazyLoadQuery<AuditPageQuery>(
    graphql`
      query AuditPageQuery {
        users(first: 100) {
          edges {
            node {
              id
              nrk
              name
              roles
            }
          }
        }
      }
    `,
    {},
  );
  const actors = admins.users.edges
    .map((e) => e.node)
    .filter((u) => u.roles.includes("ADMIN"))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.nrk})` }));
  const filter = {
    entityType,
    actorId,
    since: since ? jakartaIso(since, "00:00") : null,
    until: until ? jakartaIso(addDays(until, 1), "00:00") : null,
  };
  return (
    <Stack maw={1200}>
      <Title order={1}>{t("audit.title")}</Title>
      <Text>{t("audit.help")}</Text>
      <Group align="end">
        <Select
          label={t("audit.entityType")}
          data={TYPES.map((x) => ({ value: x, label: t(`audit.types.${x}`) }))}
          value={entityType}
          onChange={setEntityType}
          placeholder={t("audit.any")}
          clearable
          w={200}
        />
        <Select
          label={t("audit.actor")}
          data={actors}
          value={actorId}
          onChange={setActorId}
          placeholder={t("audit.any")}
          clearable
          searchable
          w={260}
        />
        <TextInput
          type="date"
          label={t("audit.since")}
          value={since}
          onChange={(e) => setSince(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t("audit.until")}
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
        />
      </Group>
      <Suspense fallback={<PageLoader />}>
        <Trail filter={filter} />
      </Suspense>
    </Stack>
  );
}

function Trail({ filter }: { filter: Record<string, string | null> }) {
  const data = useLazyLoadQuery<AuditPageTrailQuery>(
    graphql`
      query AuditPageTrailQuery($filter: AuditFilter) {
        ...AuditPage_trail @arguments(filter: $filter)
      }
    `,
    { filter },
    { fetchPolicy: "network-only" },
  );
  return <Entries trail={data} />;
}

function Entries({ trail }: { trail: AuditPage_trail$key }) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment AuditPage_trail on Query
      @refetchable(queryName: "AuditPagePaginationQuery")
      @argumentDefinitions(
        filter: { type: "AuditFilter" }
        count: { type: "Int", defaultValue: 25 }
        cursor: { type: "String" }
      ) {
        auditTrail(filter: $filter, first: $count, after: $cursor) @connection(key: "AuditPage_auditTrail") {
          totalCount
          edges {
            node {
              id
              action
              entityType
              entityId
              before
              after
              note
              at
              actor {
                name
              }
            }
          }
        }
      }
    `,
    trail,
  );
  const entries = data.auditTrail.edges.map((e) => e.node);
  return (
    <Stack>
      <Text>{t("audit.count", { count: data.auditTrail.totalCount, shown: entries.length })}</Text>
      <ScrollTable minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("audit.at")}</Table.Th>
              <Table.Th>{t("audit.actor")}</Table.Th>
              <Table.Th>{t("audit.action")}</Table.Th>
              <Table.Th>{t("audit.entity")}</Table.Th>
              <Table.Th>{t("audit.changes")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{formatDateTime(e.at, lang)}</Table.Td>
                <Table.Td>{e.actor?.name ?? "–"}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  {t(`audit.types.${e.entityType}`, { defaultValue: e.entityType })} #{e.entityId}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {auditChanges(e.before, e.after).map((c) => (
                      <Text key={c} size="xs" style={{ wordBreak: "break-word" }}>
                        {c}
                      </Text>
                    ))}
                    {e.note && (
                      <Text size="xs" fs="italic">
                        {e.note}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {hasNext && (
        <Button variant="default" loading={isLoadingNext} onClick={() => loadNext(25)} w="fit-content">
          {t("loadMore")}
        </Button>
      )}
    </Stack>
  );
}
