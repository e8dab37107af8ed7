/** Check-in on a booking's page (issue #17): from 15 minutes before the start until the end, for
 * those the API lists CHECK_IN for; a booking released as a no-show says so. */

import { Alert, Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useMutation } from "react-relay";
import type { CheckIn_booking$key } from "../../__generated__/CheckIn_booking.graphql";
import type { CheckInMutation } from "../../__generated__/CheckInMutation.graphql";
import { formatTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import { useNow } from "../../lib/useRefresh";
import type { UserError } from "../../lib/userErrors";
import { DARK_TITLE, ErrorAlert, networkError } from "../admin/shared";

/** Check-in opens this long before the start (booking.workflow.CHECK_IN_OPENS). */
const OPENS_MS = 15 * 60_000;

export function CheckIn({ booking }: { booking: CheckIn_booking$key }) {
  const { t } = useTranslation("after");
  const lang = useLang();
  const now = useNow(15_000);
  const b = useFragment(
    graphql`
      fragment CheckIn_booking on Booking {
        id
        status
        startsAt
        endsAt
        checkedInAt
        availableActions
        room {
          noShowGraceMinutes
        }
      }
    `,
    booking,
  );
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [commit, busy] = useMutation<CheckInMutation>(graphql`
    mutation CheckInMutation($input: CheckInInput!) {
      checkIn(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  if (b.status === "NO_SHOW") {
    return (
      <Alert color="gray" role="status" title={t("noShow.title")} styles={DARK_TITLE}>
        {t("noShow.text", { minutes: b.room.noShowGraceMinutes ?? 15 })}
      </Alert>
    );
  }
  if (b.checkedInAt) {
    return (
      <Text role="status" c="dark.8" fw={600}>
        {t("checkIn.done", { time: formatTime(b.checkedInAt, lang) })}
      </Text>
    );
  }
  const start = new Date(b.startsAt).getTime();
  const end = new Date(b.endsAt).getTime();
  if (!b.availableActions.includes("CHECK_IN") || now >= end) return null;
  const open = now >= start - OPENS_MS;
  return (
    <Group gap="sm">
      <Button
        color="green"
        disabled={!open}
        loading={busy}
        onClick={() =>
          commit({
            variables: { input: { bookingId: b.id } },
            onCompleted: ({ checkIn: r }) => setErrors(r.errors),
            onError: () => setErrors(networkError(t("network"))),
          })
        }
      >
        {t("checkIn.button")}
      </Button>
      <Text size="sm">
        {open
          ? b.room.noShowGraceMinutes != null
            ? t("checkIn.grace", { minutes: b.room.noShowGraceMinutes, time: formatTime(b.startsAt, lang) })
            : t("checkIn.open")
          : t("checkIn.opensAt", { time: formatTime(start - OPENS_MS, lang) })}
      </Text>
      <ErrorAlert errors={errors} />
    </Group>
  );
}
