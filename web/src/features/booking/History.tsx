import { Card, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { graphql, useFragment } from "react-relay";
import type { History_booking$key } from "../../__generated__/History_booking.graphql";
import { formatDateTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";

/** Every transition: who, as which role, when, from which status to which, and the note. */
export function History({ booking }: { booking: History_booking$key }) {
  const { t } = useTranslation("booking");
  const lang = useLang();
  const b = useFragment(
    graphql`
      fragment History_booking on Booking {
        history {
          at
          action
          fromStatus
          toStatus
          actorRole
          note
          actor {
            name
          }
        }
      }
    `,
    booking,
  );
  return (
    <Card withBorder component="section" aria-labelledby="history-title">
      <Title order={2} size="h4" mb="sm" id="history-title">
        {t("history.title")}
      </Title>
      <Timeline active={b.history.length - 1} bulletSize={14} lineWidth={2}>
        {b.history.map((h) => (
          <Timeline.Item key={`${h.at}-${h.action}-${h.toStatus}`} title={t(`action.${h.action}`)}>
            <Text size="sm">
              {h.actor ? h.actor.name : t("history.system")}
              {h.actorRole ? ` (${t(`role.${h.actorRole}`, { ns: "common" })})` : ""} · {formatDateTime(h.at, lang)}
            </Text>
            <Text size="sm" c="dimmed">
              {h.fromStatus ? `${t(`status.${h.fromStatus}`, { ns: "common" })} → ` : ""}
              {t(`status.${h.toStatus}`, { ns: "common" })}
            </Text>
            {h.note && (
              <Text size="sm" fs="italic">
                “{h.note}”
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
