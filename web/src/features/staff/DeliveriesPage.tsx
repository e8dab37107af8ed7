/** ADMIN: notification deliveries (e-mail, push) with their state, and sending failed ones again. */

import {
  Alert,
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { DeliveriesPageQuery, DeliveryStatus } from "../../__generated__/DeliveriesPageQuery.graphql";
import type { DeliveriesPageRetryMutation } from "../../__generated__/DeliveriesPageRetryMutation.graphql";
import { formatDateTime } from "../../lib/time";

export default function DeliveriesPage() {
  const { t, i18n } = useTranslation("staff");
  const lang = i18n.language === "en" ? "en" : "id";
  const [status, setStatus] = useState<DeliveryStatus | "ALL">("FAILED");
  const [fetchKey, setFetchKey] = useState(0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const data = useLazyLoadQuery<DeliveriesPageQuery>(
    graphql`
      query DeliveriesPageQuery($status: DeliveryStatus) {
        notificationDeliveries(status: $status, first: 100) {
          totalCount
          edges {
            node {
              id
              channel
              status
              attempts
              lastError
              nextAttemptAt
              sentAt
              kind
              recipientNrk
            }
          }
        }
      }
    `,
    { status: status === "ALL" ? null : status },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [retry, retrying] = useMutation<DeliveriesPageRetryMutation>(graphql`
    mutation DeliveriesPageRetryMutation($input: RetryNotificationDeliveriesInput!) {
      retryNotificationDeliveries(input: $input) {
        requeued
        errors {
          code
          message
        }
      }
    }
  `);
  const run = (ids: string[] | null) =>
    retry({
      variables: { input: { ids } },
      onCompleted: ({ retryNotificationDeliveries: r }) => {
        setMessage(r.errors[0]?.message ?? t("deliveries.requeued", { count: r.requeued }));
        setChosen([]);
        setFetchKey((k) => k + 1);
      },
    });
  const rows = data.notificationDeliveries.edges;
  return (
    <Stack maw={1100}>
      <Title order={1}>{t("deliveries.title")}</Title>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t("deliveries.status")}
          value={status}
          onChange={(v) => setStatus(v as DeliveryStatus | "ALL")}
          data={["FAILED", "PENDING", "SENT", "ALL"].map((s) => ({ value: s, label: t(`deliveries.${s}`) }))}
        />
        <Group>
          <Button variant="default" disabled={chosen.length === 0} loading={retrying} onClick={() => run(chosen)}>
            {t("deliveries.retryChosen", { count: chosen.length })}
          </Button>
          <Button loading={retrying} onClick={() => run(null)}>
            {t("deliveries.retryAll")}
          </Button>
        </Group>
      </Group>
      {message && (
        <Alert role="status" color="blue">
          {message}
        </Alert>
      )}
      <Text>{t("deliveries.count", { count: data.notificationDeliveries.totalCount })}</Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t("deliveries.choose")}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t("deliveries.kind")}</Table.Th>
            <Table.Th>{t("deliveries.to")}</Table.Th>
            <Table.Th>{t("deliveries.state")}</Table.Th>
            <Table.Th>{t("deliveries.attempts")}</Table.Th>
            <Table.Th>{t("deliveries.lastError")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ node: d }) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                {d.status === "FAILED" && (
                  <Checkbox
                    aria-label={`${t("deliveries.choose")} ${d.kind} ${d.recipientNrk}`}
                    checked={chosen.includes(d.id)}
                    onChange={(e) =>
                      setChosen((c) => (e.currentTarget.checked ? [...c, d.id] : c.filter((x) => x !== d.id)))
                    }
                  />
                )}
              </Table.Td>
              <Table.Td>
                {d.kind} · {d.channel}
              </Table.Td>
              <Table.Td>{d.recipientNrk}</Table.Td>
              <Table.Td>
                {t(`deliveries.${d.status}`)}
                {d.sentAt && <Text size="xs">{formatDateTime(d.sentAt, lang)}</Text>}
                {!d.sentAt && d.nextAttemptAt && (
                  <Text size="xs">{t("deliveries.next", { at: formatDateTime(d.nextAttemptAt, lang) })}</Text>
                )}
              </Table.Td>
              <Table.Td>{d.attempts}</Table.Td>
              <Table.Td>
                <Text size="xs">{d.lastError}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
