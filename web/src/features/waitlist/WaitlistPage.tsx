/** The waitlist: my agency's entries (officers: all), oldest first, and leaving it. */

import { Anchor, Badge, Button, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import { Link } from "react-router";
import type { WaitlistPageLeaveMutation } from "../../__generated__/WaitlistPageLeaveMutation.graphql";
import type { WaitlistPageQuery, WaitlistStatus } from "../../__generated__/WaitlistPageQuery.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import { formatRange } from "../../lib/time";

export default function WaitlistPage() {
  const { t, i18n } = useTranslation("waitlist");
  const lang = i18n.language === "en" ? "en" : "id";
  const viewer = useViewer();
  const officer = hasRole(viewer, "SERVICE_OFFICER", "SERVICE_HEAD");
  const [status, setStatus] = useState<WaitlistStatus | "ALL">("WAITING");
  const [fetchKey, setFetchKey] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const data = useLazyLoadQuery<WaitlistPageQuery>(
    graphql`
      query WaitlistPageQuery($status: [WaitlistStatus!]) {
        waitlist(status: $status, first: 100) {
          totalCount
          edges {
            node {
              id
              status
              title
              startsAt
              endsAt
              joinedAt
              room {
                name
              }
              agency {
                name
              }
              booking {
                id
                reference
              }
            }
          }
        }
      }
    `,
    { status: status === "ALL" ? null : [status] },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [leave, leaving] = useMutation<WaitlistPageLeaveMutation>(graphql`
    mutation WaitlistPageLeaveMutation($input: LeaveWaitlistInput!) {
      leaveWaitlist(input: $input) {
        entry {
          id
          status
        }
        errors {
          code
          message
        }
      }
    }
  `);
  return (
    <Stack maw={1000}>
      <Title order={1}>{t("title")}</Title>
      <SegmentedControl
        aria-label={t("status")}
        value={status}
        onChange={(v) => setStatus(v as WaitlistStatus | "ALL")}
        data={["WAITING", "PROMOTED", "LEFT", "EXPIRED", "ALL"].map((s) => ({ value: s, label: t(`state.${s}`) }))}
        w="fit-content"
      />
      {error && (
        <Text c="red.9" role="alert">
          {error}
        </Text>
      )}
      {data.waitlist.totalCount === 0 ? (
        <Text>{t("empty")}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("titleField")}</Table.Th>
              <Table.Th>{t("slot")}</Table.Th>
              <Table.Th>{t("status")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.waitlist.edges.map(({ node: e }) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  {e.title}
                  <Text size="xs">{e.agency.name}</Text>
                </Table.Td>
                <Table.Td>
                  {e.room.name}
                  <Text size="xs">{formatRange(e.startsAt, e.endsAt, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={e.status === "WAITING" ? "blue.9" : "gray.8"} variant="filled">
                    {t(`state.${e.status}`)}
                  </Badge>
                  {e.booking && (
                    <>
                      {" "}
                      <Anchor component={Link} to={`/bookings/${e.booking.id}`}>
                        {e.booking.reference}
                      </Anchor>
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  {e.status === "WAITING" && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      loading={leaving}
                      aria-label={`${t("leave")} ${e.title}`}
                      onClick={() => {
                        const reason = officer ? window.prompt(t("leaveReason")) : null;
                        if (officer && !reason?.trim()) return;
                        leave({
                          variables: { input: { entryId: e.id, reason } },
                          onCompleted: ({ leaveWaitlist: r }) => {
                            setError(r.errors[0]?.message ?? null);
                            setFetchKey((k) => k + 1);
                          },
                        });
                      }}
                    >
                      {t("leave")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
