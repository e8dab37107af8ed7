/** /check-in#code=…: what a phone opens from the QR code on a room's door display. Logged in (the
 * login page brings the user back here with the code), it checks the booking in with
 * `checkInByCode` once and shows the booking or the API's typed error. */

import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import { Link } from "react-router";
import type {
  CheckInByCodePageMutation,
  CheckInByCodePageMutation$data,
} from "../../__generated__/CheckInByCodePageMutation.graphql";
import { formatRange, formatTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";
import { fieldErrors } from "../admin/logic";
import { hashParam } from "./hash";

/** The code of the scanned link: `#code=…` (the display page's QR code), or `?code=…`. */
function linkCode(): string | null {
  return hashParam(window.location.hash, "code") ?? new URLSearchParams(window.location.search).get("code");
}

type Booking = NonNullable<CheckInByCodePageMutation$data["checkInByCode"]["booking"]>;

export default function CheckInByCodePage() {
  const { t } = useTranslation("access");
  const lang = useLang();
  const [code, setCode] = useState(() => linkCode() ?? "");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [booking, setBooking] = useState<Booking | null>(null);
  const [commit, busy] = useMutation<CheckInByCodePageMutation>(graphql`
    mutation CheckInByCodePageMutation($input: CheckInByCodeInput!) {
      checkInByCode(input: $input) {
        booking {
          id
          reference
          title
          startsAt
          endsAt
          checkedInAt
          status
          room {
            name
          }
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function checkIn(value: string) {
    setErrors([]);
    commit({
      variables: { input: { code: value } },
      onCompleted: ({ checkInByCode: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0 && r.booking) {
          setBooking(r.booking);
          window.history.replaceState(null, "", window.location.pathname);
        }
      },
      onError: () => setErrors([{ code: "NETWORK", message: t("network"), field: null }]),
    });
  }
  // The code of the scanned link: checked in once, as the page opens.
  const started = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, with the link's code
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const fromLink = linkCode();
    if (fromLink) checkIn(fromLink);
  }, []);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (code.trim()) checkIn(code.trim());
  }
  const { byField, general } = fieldErrors(errors, ["code"]);
  return (
    <Stack maw={520}>
      <Title order={1}>{t("checkIn.title")}</Title>
      {booking ? (
        <Alert
          color="green"
          role="status"
          title={t("checkIn.done")}
          styles={{ title: { color: "var(--mantine-color-dark-8)" } }}
        >
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {booking.title} · {booking.room.name}
            </Text>
            <Text size="sm">{formatRange(booking.startsAt, booking.endsAt, lang)}</Text>
            {booking.checkedInAt && (
              <Text size="sm">{t("checkIn.at", { time: formatTime(booking.checkedInAt, lang) })}</Text>
            )}
            <Anchor component={Link} to={`/bookings/${booking.id}`} size="sm" c="dark.8" underline="always">
              {t("checkIn.open", { reference: booking.reference })}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>{t("checkIn.help")}</Text>
            {general.length > 0 && (
              <Alert color="red" role="alert">
                {general.map((e) => (
                  <Text key={`${e.code}-${e.message}`} size="sm">
                    {e.message}
                  </Text>
                ))}
              </Alert>
            )}
            <TextInput
              label={t("checkIn.code")}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={byField.code}
              autoComplete="off"
              autoCapitalize="characters"
              required
            />
            <Button type="submit" loading={busy} disabled={!code.trim()} w="fit-content">
              {t("checkIn.button")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
