/** ADMIN: webhook endpoints: list (event types, active or disabled with the reason, failures in a
 * row), create (the secret shown once), edit (optionally a new secret), disable/enable, delete, and
 * each endpoint's deliveries with their attempts; FAILED ones can be sent again. */

import {
  Badge,
  Button,
  Checkbox,
  Code,
  Group,
  Loader,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, Fragment, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { WebhooksAdminPageCreateMutation } from "../../__generated__/WebhooksAdminPageCreateMutation.graphql";
import type { WebhooksAdminPageDeleteMutation } from "../../__generated__/WebhooksAdminPageDeleteMutation.graphql";
import type { WebhooksAdminPageDeliveriesQuery } from "../../__generated__/WebhooksAdminPageDeliveriesQuery.graphql";
import type { WebhooksAdminPageEditMutation } from "../../__generated__/WebhooksAdminPageEditMutation.graphql";
import type { WebhooksAdminPageEnableMutation } from "../../__generated__/WebhooksAdminPageEnableMutation.graphql";
import type {
  WebhookEventType,
  WebhooksAdminPageQuery,
  WebhooksAdminPageQuery$data,
} from "../../__generated__/WebhooksAdminPageQuery.graphql";
import type { WebhooksAdminPageRetryMutation } from "../../__generated__/WebhooksAdminPageRetryMutation.graphql";
import { formatDateTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, fieldErrors, networkError, OnceSecret, ScrollTable } from "./shared";

type Endpoint = WebhooksAdminPageQuery$data["webhookEndpoints"]["edges"][number]["node"];
const EVENTS: WebhookEventType[] = [
  "BOOKING_STATUS_CHANGED",
  "BOOKING_SCHEDULE_CHANGED",
  "BOOKING_CANCELLED",
  "REPORT_SUBMITTED",
];
const ERRORS = graphql`
  fragment WebhooksAdminPage_errors on UserError {
    code
    message
    field
  }
`;
void ERRORS;

export default function WebhooksAdminPage() {
  const { t } = useTranslation("webhooks");
  const [fetchKey, setFetchKey] = useState(0);
  const refresh = () => setFetchKey((k) => k + 1);
  const data = useLazyLoadQuery<WebhooksAdminPageQuery>(
    graphql`
      query WebhooksAdminPageQuery {
        webhookEndpoints(first: 100) {
          totalCount
          edges {
            node {
              id
              url
              description
              eventTypes
              isActive
              disabledReason
              disabledAt
              consecutiveFailures
              createdAt
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [form, setForm] = useState<Endpoint | "new" | null>(null);
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const endpoints = data.webhookEndpoints.edges.map((e) => e.node);
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1}>{t("title")}</Title>
        <Button onClick={() => setForm("new")}>{t("new")}</Button>
      </Group>
      <Text>{t("help")}</Text>
      {endpoints.length === 0 ? (
        <Text>{t("none")}</Text>
      ) : (
        <EndpointTable endpoints={endpoints} open={open} onOpen={setOpen} onEdit={setForm} onDelete={setDeleting} />
      )}
      {form && (
        <EndpointForm
          endpoint={form === "new" ? null : form}
          onClose={(changed) => {
            setForm(null);
            if (changed) refresh();
          }}
        />
      )}
      {deleting && (
        <DeleteEndpoint
          endpoint={deleting}
          onClose={(changed) => {
            setDeleting(null);
            if (changed) refresh();
          }}
        />
      )}
    </Stack>
  );
}

function EndpointTable({
  endpoints,
  open,
  onOpen,
  onEdit,
  onDelete,
}: {
  endpoints: readonly Endpoint[];
  open: string | null;
  onOpen: (id: string | null) => void;
  onEdit: (e: Endpoint) => void;
  onDelete: (e: Endpoint) => void;
}) {
  const { t } = useTranslation("webhooks");
  const lang = useLang();
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [setActive, busy] = useMutation<WebhooksAdminPageEnableMutation>(graphql`
    mutation WebhooksAdminPageEnableMutation($input: WebhookEndpointIdInput!, $enable: Boolean!) {
      enableWebhookEndpoint(input: $input) @include(if: $enable) {
        endpoint {
          id
          isActive
          disabledReason
          disabledAt
          consecutiveFailures
        }
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
      disableWebhookEndpoint(input: $input) @skip(if: $enable) {
        endpoint {
          id
          isActive
          disabledReason
          disabledAt
          consecutiveFailures
        }
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
    }
  `);
  return (
    <Stack>
      <ErrorAlert errors={errors} />
      <ScrollTable minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("url")}</Table.Th>
              <Table.Th>{t("events")}</Table.Th>
              <Table.Th>{t("state")}</Table.Th>
              <Table.Th>{t("failures")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {endpoints.map((e) => (
              <Fragment key={e.id}>
                <Table.Tr>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: "break-all" }}>
                      {e.url}
                    </Text>
                    {e.description && (
                      <Text size="xs" c="dark.6">
                        {e.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.eventTypes.map((x) => t(`event.${x}`)).join(", ")}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={e.isActive ? "green" : "gray"} variant="light" c="dark.8">
                      {e.isActive ? t("active") : t("disabled")}
                    </Badge>
                    {!e.isActive && (
                      <Text size="xs" c="dark.6">
                        {t(`reason.${e.disabledReason === "FAILURES" ? "FAILURES" : "ADMIN"}`)}
                        {e.disabledAt ? ` · ${formatDateTime(e.disabledAt, lang)}` : ""}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{e.consecutiveFailures}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onOpen(open === e.id ? null : e.id)}
                        aria-expanded={open === e.id}
                        aria-label={t("deliveriesOf", { url: e.url })}
                      >
                        {t("deliveries")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onEdit(e)}
                        aria-label={t("editOf", { url: e.url })}
                      >
                        {t("edit")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        loading={busy}
                        aria-label={t(e.isActive ? "disableOf" : "enableOf", { url: e.url })}
                        onClick={() =>
                          setActive({
                            variables: { input: { endpointId: e.id }, enable: !e.isActive },
                            onCompleted: (r) =>
                              setErrors((r.enableWebhookEndpoint ?? r.disableWebhookEndpoint)?.errors ?? []),
                            onError: () => setErrors(networkError(t("admin:network"))),
                          })
                        }
                      >
                        {e.isActive ? t("disable") : t("enable")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => onDelete(e)}
                        aria-label={t("deleteOf", { url: e.url })}
                      >
                        {t("delete")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === e.id && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Suspense fallback={<Loader size="sm" aria-label={t("loading")} />}>
                        <Deliveries endpointId={e.id} />
                      </Suspense>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

function EndpointForm({ endpoint, onClose }: { endpoint: Endpoint | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("webhooks");
  const [url, setUrl] = useState(endpoint?.url ?? "");
  const [description, setDescription] = useState(endpoint?.description ?? "");
  const [events, setEvents] = useState<string[]>(endpoint ? [...endpoint.eventTypes] : [...EVENTS]);
  const [rotate, setRotate] = useState(false);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [create, creating] = useMutation<WebhooksAdminPageCreateMutation>(graphql`
    mutation WebhooksAdminPageCreateMutation($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) {
        endpoint {
          id
        }
        secret
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
    }
  `);
  const [edit, editing] = useMutation<WebhooksAdminPageEditMutation>(graphql`
    mutation WebhooksAdminPageEditMutation($input: EditWebhookEndpointInput!) {
      editWebhookEndpoint(input: $input) {
        endpoint {
          id
          url
          description
          eventTypes
        }
        secret
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    const input = { url: url.trim(), description: description.trim(), eventTypes: events as WebhookEventType[] };
    const done = (errs: readonly UserError[], made: string | null | undefined) => {
      setErrors(errs);
      if (errs.length > 0) return;
      if (made) setSecret(made);
      else onClose(true);
    };
    const onError = () => setErrors(networkError(t("admin:network")));
    if (endpoint) {
      edit({
        variables: { input: { endpointId: endpoint.id, endpoint: input, rotateSecret: rotate } },
        onCompleted: ({ editWebhookEndpoint: r }) => done(r.errors, r.secret),
        onError,
      });
    } else {
      create({
        variables: { input: { endpoint: input } },
        onCompleted: ({ createWebhookEndpoint: r }) => done(r.errors, r.secret),
        onError,
      });
    }
  }
  const { byField, general } = fieldErrors(errors, ["url", "eventTypes", "description", "secret"]);
  return (
    <Modal
      opened
      onClose={() => onClose(secret !== null)}
      title={endpoint ? t("editOf", { url: endpoint.url }) : t("newTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("admin:close") }}
    >
      {secret !== null ? (
        <Stack>
          <OnceSecret label={t("secret")} value={secret} />
          <Button onClick={() => onClose(true)} w="fit-content">
            {t("admin:done")}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert errors={general} />
            <TextInput
              label={t("url")}
              description={t("urlHelp")}
              value={url}
              onChange={(e) => setUrl(e.currentTarget.value)}
              error={byField.url}
              type="url"
              required
              data-autofocus
            />
            <TextInput
              label={t("description")}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={byField.description}
            />
            <Checkbox.Group
              label={t("events")}
              value={events}
              onChange={setEvents}
              error={byField.eventTypes}
              withAsterisk
            >
              <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs">
                {EVENTS.map((x) => (
                  <Checkbox key={x} value={x} label={t(`event.${x}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {endpoint && (
              <Checkbox
                label={t("rotate")}
                description={t("rotateHelp")}
                checked={rotate}
                onChange={(e) => setRotate(e.currentTarget.checked)}
                error={byField.secret}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onClose(false)}>
                {t("admin:cancel")}
              </Button>
              <Button type="submit" loading={creating || editing}>
                {endpoint ? t("admin:save") : t("create")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function DeleteEndpoint({ endpoint, onClose }: { endpoint: Endpoint; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("webhooks");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [remove, busy] = useMutation<WebhooksAdminPageDeleteMutation>(graphql`
    mutation WebhooksAdminPageDeleteMutation($input: WebhookEndpointIdInput!) {
      deleteWebhookEndpoint(input: $input) {
        deletedEndpointId
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
    }
  `);
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t("deleteOf", { url: endpoint.url })}
      closeButtonProps={{ "aria-label": t("admin:close") }}
    >
      <Stack>
        <ErrorAlert errors={errors} />
        <Text>{t("deleteHelp")}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t("admin:cancel")}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() =>
              remove({
                variables: { input: { endpointId: endpoint.id } },
                onCompleted: ({ deleteWebhookEndpoint: r }) => {
                  setErrors(r.errors);
                  if (r.errors.length === 0) onClose(true);
                },
                onError: () => setErrors(networkError(t("admin:network"))),
              })
            }
          >
            {t("delete")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation("webhooks");
  const lang = useLang();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<WebhooksAdminPageDeliveriesQuery>(
    graphql`
      query WebhooksAdminPageDeliveriesQuery($endpointId: ID!) {
        webhookDeliveries(endpointId: $endpointId, first: 20) {
          totalCount
          edges {
            node {
              id
              messageId
              eventType
              status
              attemptCount
              nextAttemptAt
              createdAt
              sentAt
              attempts {
                at
                statusCode
                response
                error
                durationMs
              }
            }
          }
        }
      }
    `,
    { endpointId },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [requeued, setRequeued] = useState<number | null>(null);
  const [retry, busy] = useMutation<WebhooksAdminPageRetryMutation>(graphql`
    mutation WebhooksAdminPageRetryMutation($input: RetryWebhookDeliveriesInput!) {
      retryWebhookDeliveries(input: $input) {
        requeued
        errors {
          ...WebhooksAdminPage_errors @relay(mask: false)
        }
      }
    }
  `);
  const send = (ids: string[] | null) =>
    retry({
      variables: { input: { endpointId, ids } },
      onCompleted: ({ retryWebhookDeliveries: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0) {
          setRequeued(r.requeued);
          setFetchKey((k) => k + 1);
        }
      },
      onError: () => setErrors(networkError(t("admin:network"))),
    });
  const deliveries = data.webhookDeliveries.edges.map((e) => e.node);
  if (deliveries.length === 0) return <Text size="sm">{t("noDeliveries")}</Text>;
  const failed = deliveries.some((d) => d.status === "FAILED");
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {t("deliveryCount", { count: data.webhookDeliveries.totalCount })}
        </Text>
        {failed && (
          <Button size="xs" variant="light" loading={busy} onClick={() => send(null)}>
            {t("retryAll")}
          </Button>
        )}
      </Group>
      <ErrorAlert errors={errors} />
      {requeued !== null && (
        <Text size="sm" role="status" c="dark.8">
          {t("requeued", { count: requeued })}
        </Text>
      )}
      {deliveries.map((d) => (
        <Stack key={d.id} gap={4} p="xs" style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4 }}>
          <Group gap="xs" justify="space-between">
            <Group gap="xs">
              <Badge
                color={d.status === "SENT" ? "green" : d.status === "FAILED" ? "red" : "yellow"}
                variant="light"
                c="dark.8"
              >
                {t(`status.${d.status}`)}
              </Badge>
              <Text size="sm">{d.eventType}</Text>
              <Text size="xs" c="dark.6">
                {formatDateTime(d.createdAt, lang)} · {t("attemptCount", { count: d.attemptCount })}
                {d.nextAttemptAt ? ` · ${t("nextAt", { time: formatDateTime(d.nextAttemptAt, lang) })}` : ""}
              </Text>
            </Group>
            {d.status === "FAILED" && (
              <Button size="xs" variant="light" loading={busy} onClick={() => send([d.id])}>
                {t("retry")}
              </Button>
            )}
          </Group>
          {d.attempts.length > 0 && (
            <Table withRowBorders={false} fz="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("attemptAt")}</Table.Th>
                  <Table.Th>{t("statusCode")}</Table.Th>
                  <Table.Th>{t("response")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.attempts.map((a) => (
                  <Table.Tr key={a.at}>
                    <Table.Td>
                      {formatDateTime(a.at, lang)} ({a.durationMs} ms)
                    </Table.Td>
                    <Table.Td>{a.statusCode ?? t("noAnswer")}</Table.Td>
                    <Table.Td>
                      <Code block style={{ whiteSpace: "pre-wrap", maxHeight: 120, overflow: "auto" }}>
                        {(a.response ?? a.error ?? "").slice(0, 300) || "–"}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
