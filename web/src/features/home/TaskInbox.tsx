import { Anchor, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useLazyLoadQuery, useSubscription } from "react-relay";
import { Link } from "react-router";
import type { GraphQLSubscriptionConfig } from "relay-runtime";
import type { TaskInbox_tasks$key } from "../../__generated__/TaskInbox_tasks.graphql";
import type { TaskInboxQuery } from "../../__generated__/TaskInboxQuery.graphql";
import type { TaskInboxSubscription } from "../../__generated__/TaskInboxSubscription.graphql";
import { Countdown } from "../../components/Countdown";
import { StatusBadge } from "../../components/StatusBadge";
import { addDays, formatDateTime, formatRange, jakartaDate } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useNow, useReconnectKey } from "../../lib/useRefresh";

const PAGE = 100;

const query = graphql`
  query TaskInboxQuery($first: Int!, $from: Date!, $to: Date!) {
    myTasks(first: $first) {
      ...TaskInbox_tasks
    }
    workingPeriods(from: $from, to: $to) {
      startsAt
      endsAt
    }
  }
`;

const subscription = graphql`
  subscription TaskInboxSubscription($first: Int!) {
    myTasksChanged(first: $first) {
      ...TaskInbox_tasks
    }
  }
`;

const tasksFragment = graphql`
  fragment TaskInbox_tasks on TaskConnection {
    totalCount
    edges {
      node {
        enteredAt
        dueAt
        breached
        step {
          number
          name
        }
        booking {
          id
          reference
          title
          status
          startsAt
          endsAt
          room {
            name
          }
          agency {
            name
          }
        }
      }
    }
  }
`;

/** Officers' and heads' inbox (myTasks), oldest first, each with its time standard counting down
 * on the working calendar; kept live by myTasksChanged. */
export function TaskInbox() {
  const { t } = useTranslation("home");
  const lang = useLang();
  const fetchKey = useReconnectKey();
  const today = jakartaDate();
  const data = useLazyLoadQuery<TaskInboxQuery>(
    query,
    { first: PAGE, from: addDays(today, -15), to: addDays(today, 15) },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const config = useMemo<GraphQLSubscriptionConfig<TaskInboxSubscription>>(
    () => ({
      subscription,
      variables: { first: PAGE },
      // The live list replaces the one the page loaded.
      updater: (store) => {
        const live = store.getRootField("myTasksChanged");
        if (live) store.getRoot().setLinkedRecord(live, "myTasks", { first: PAGE });
      },
    }),
    [],
  );
  useSubscription(config);
  const now = useNow(15_000);
  const connection = useFragment<TaskInbox_tasks$key>(tasksFragment, data.myTasks);
  const tasks = connection.edges.map((e) => e.node);
  const breached = tasks.filter((task) => new Date(task.dueAt).getTime() <= now).length;

  return (
    <Stack component="section" aria-labelledby="tasks-title">
      <Group justify="space-between" align="baseline">
        <Title order={2} id="tasks-title">
          {t("tasks.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("tasks.count", { count: connection.totalCount })}
          {breached > 0 && <> · {t("tasks.breachedCount", { count: breached })}</>}
        </Text>
      </Group>
      {tasks.length === 0 ? (
        <Text>{t("tasks.empty")}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640} visibleFrom="sm">
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("tasks.booking")}</Table.Th>
                  <Table.Th>{t("tasks.step")}</Table.Th>
                  <Table.Th>{t("tasks.waitingSince")}</Table.Th>
                  <Table.Th>{t("tasks.standard")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tasks.map((task) => (
                  <Table.Tr key={task.booking.id} data-breached={task.breached || undefined}>
                    <Table.Td>
                      <Anchor component={Link} to={`/bookings/${task.booking.id}`} fw={600}>
                        {task.booking.reference} · {task.booking.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {task.booking.agency.name} · {task.booking.room.name} ·{" "}
                        {formatRange(task.booking.startsAt, task.booking.endsAt, lang)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t("tasks.stepN", { n: task.step.number, name: task.step.name })}</Text>
                      <StatusBadge status={task.booking.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(task.enteredAt, lang)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Countdown dueAt={task.dueAt} periods={data.workingPeriods} now={now} />
                      <Text size="xs" c="dimmed">
                        {t("tasks.due", { at: formatDateTime(task.dueAt, lang) })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack hiddenFrom="sm" gap="xs">
            {tasks.map((task) => (
              <Card key={task.booking.id} withBorder padding="sm">
                <Anchor component={Link} to={`/bookings/${task.booking.id}`} fw={600}>
                  {task.booking.reference} · {task.booking.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {task.booking.agency.name} · {formatRange(task.booking.startsAt, task.booking.endsAt, lang)}
                </Text>
                <Group gap="xs" mt={4}>
                  <StatusBadge status={task.booking.status} />
                  <Countdown dueAt={task.dueAt} periods={data.workingPeriods} now={now} />
                </Group>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
