import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useLazyLoadQuery, useSubscription } from "react-relay";
import { Link, useLocation, useParams } from "react-router";
import type { GraphQLSubscriptionConfig } from "relay-runtime";
import type { BookingPage_booking$key } from "../../__generated__/BookingPage_booking.graphql";
import type { BookingPageQuery } from "../../__generated__/BookingPageQuery.graphql";
import type { BookingPageSubscription } from "../../__generated__/BookingPageSubscription.graphql";
import { StatusBadge } from "../../components/StatusBadge";
import { formatRange } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useReconnectKey } from "../../lib/useRefresh";
import { NotFound } from "../../shell/NotFound";
import { CheckIn } from "../afterbooking/CheckIn";
import { NoShowRelease } from "../afterbooking/NoShowRelease";
import { ReportDocumentLink } from "../afterbooking/ReportDocument";
import { Actions } from "./Actions";
import { CalendarLink } from "./CalendarLink";
import { History } from "./History";
import { Letter } from "./Letter";
import { Suggestions } from "./Suggestions";

const query = graphql`
  query BookingPageQuery($id: ID!) {
    node(id: $id) {
      ...BookingPage_booking @alias(as: "booking")
    }
  }
`;

const subscription = graphql`
  subscription BookingPageSubscription($id: ID!) {
    bookingChanged(id: $id) {
      ...BookingPage_booking
    }
  }
`;

const fragment = graphql`
  fragment BookingPage_booking on Booking {
    id
    reference
    status
    title
    purpose
    participants
    startsAt
    endsAt
    createdAt
    room {
      id
      name
      capacity
    }
    agency {
      id
      name
    }
    requester {
      name
      phone
      email
    }
    step {
      number
      name
    }
    equipment {
      requestedQuantity
      approvedQuantity
      equipment {
        id
        name
        unit
      }
    }
    equipmentCheck {
      equipment {
        id
      }
      freeQuantity
      shortfall
    }
    series {
      id
      reference
    }
    report {
      reportedAt
      document {
        status
        url
      }
    }
    ...CheckIn_booking
    ...NoShowRelease_booking
    ...Actions_booking
    ...History_booking
    ...Letter_booking
    ...Suggestions_booking
  }
`;

/** A booking: status, details, equipment check, letter, history, and the actions the API lists
 * for the viewer; kept live by bookingChanged. */
export default function BookingPage() {
  const { bookingId = "" } = useParams();
  const fetchKey = useReconnectKey();
  const data = useLazyLoadQuery<BookingPageQuery>(
    query,
    { id: bookingId },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const booking = data.node?.booking;
  if (!booking) return <NotFound />;
  return <BookingView booking={booking} id={bookingId} />;
}

function BookingView({ booking, id }: { booking: BookingPage_booking$key; id: string }) {
  const { t } = useTranslation("booking");
  const lang = useLang();
  const location = useLocation();
  const b = useFragment(fragment, booking);
  const config = useMemo<GraphQLSubscriptionConfig<BookingPageSubscription>>(
    () => ({ subscription, variables: { id } }),
    [id],
  );
  useSubscription(config);
  const submitted = (location.state as { submitted?: string; replayed?: boolean } | null)?.submitted;
  const check = new Map(b.equipmentCheck.map((c) => [c.equipment.id, c]));

  return (
    <Stack>
      {submitted && (
        <Alert color="green" role="status">
          {t("submitted", { reference: submitted })}
        </Alert>
      )}
      <Group justify="space-between" align="start" wrap="wrap">
        <Stack gap={2}>
          <Text c="dimmed" size="sm">
            {b.reference}
            {b.series && (
              <>
                {" · "}
                {t("seriesOf", { reference: b.series.reference })}
              </>
            )}
          </Text>
          <Title order={1}>{b.title}</Title>
          <Group gap="xs">
            <StatusBadge status={b.status} />
            {b.step && (
              <Text size="sm" c="dimmed">
                {t("waitingOn", { n: b.step.number, name: b.step.name })}
              </Text>
            )}
          </Group>
        </Stack>
      </Group>

      <CheckIn booking={b} />
      <NoShowRelease booking={b} />
      <Actions booking={b} />
      {b.report && <ReportDocumentLink document={b.report.document} title={b.title} />}
      <Suggestions booking={b} />

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t("details")}
          </Title>
          <dl className="facts">
            <dt>{t("when")}</dt>
            <dd>{formatRange(b.startsAt, b.endsAt, lang)}</dd>
            <dt>{t("room")}</dt>
            <dd>
              <Anchor component={Link} to={`/rooms/${b.room.id}`}>
                {b.room.name}
              </Anchor>
            </dd>
            <dt>{t("agency")}</dt>
            <dd>{b.agency.name}</dd>
            <dt>{t("requester")}</dt>
            <dd>
              {b.requester.name}
              {b.requester.phone ? ` · ${b.requester.phone}` : ""}
            </dd>
            <dt>{t("participants")}</dt>
            <dd>{b.participants}</dd>
            <dt>{t("purpose")}</dt>
            <dd>{b.purpose}</dd>
          </dl>
        </Card>
        <Stack>
          <Letter booking={b} />
          <CalendarLink agencyId={b.agency.id} roomId={b.room.id} />
        </Stack>
      </SimpleGrid>

      {b.equipment.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">
            {t("equipment.title")}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("equipment.item")}</Table.Th>
                  <Table.Th>{t("equipment.requested")}</Table.Th>
                  <Table.Th>{t("equipment.free")}</Table.Th>
                  <Table.Th>{t("equipment.approved")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {b.equipment.map((line) => {
                  const c = check.get(line.equipment.id);
                  return (
                    <Table.Tr key={line.equipment.id}>
                      <Table.Td>{line.equipment.name}</Table.Td>
                      <Table.Td>
                        {line.requestedQuantity} {line.equipment.unit}
                      </Table.Td>
                      <Table.Td>
                        {c ? c.freeQuantity : "–"}
                        {c && c.shortfall > 0 && (
                          <Text component="span" c="red.8" fw={600}>
                            {" "}
                            {t("equipment.shortfall", { count: c.shortfall })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{line.approvedQuantity ?? "–"}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}

      <History booking={b} />
    </Stack>
  );
}
