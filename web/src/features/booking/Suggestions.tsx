import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useMutation } from "react-relay";
import type { Suggestions_booking$key } from "../../__generated__/Suggestions_booking.graphql";
import type { SuggestionsMutation } from "../../__generated__/SuggestionsMutation.graphql";
import { formatRange } from "../../lib/time";
import { useLang } from "../../lib/useLang";

/** After a leadership event displaced the booking: free slots of the same length, to take one. */
export function Suggestions({ booking }: { booking: Suggestions_booking$key }) {
  const { t } = useTranslation("booking");
  const lang = useLang();
  const b = useFragment(
    graphql`
      fragment Suggestions_booking on Booking {
        id
        status
        availableActions
        rescheduleSuggestions {
          startsAt
          endsAt
          sameRoom
          room {
            id
            name
          }
        }
      }
    `,
    booking,
  );
  const [error, setError] = useState<string | null>(null);
  const [commit, busy] = useMutation<SuggestionsMutation>(graphql`
    mutation SuggestionsMutation($input: AcceptRescheduleSuggestionInput!) {
      acceptRescheduleSuggestion(input: $input) {
        booking {
          ...BookingPage_booking
        }
        errors {
          message
        }
      }
    }
  `);
  if (b.status !== "RESCHEDULE_REQUIRED") return null;
  const canAccept = b.availableActions.includes("ACCEPT_SUGGESTION");
  return (
    <Alert color="orange" title={t("suggestions.title")}>
      <Stack gap="xs">
        <Text size="sm">{t("suggestions.intro")}</Text>
        {b.rescheduleSuggestions.length === 0 && <Text size="sm">{t("suggestions.none")}</Text>}
        {b.rescheduleSuggestions.map((s) => (
          <Group key={`${s.room.id}${s.startsAt}`} justify="space-between" wrap="wrap">
            <Text size="sm">
              {s.room.name} · {formatRange(s.startsAt, s.endsAt, lang)}
            </Text>
            {canAccept && (
              <Button
                size="xs"
                loading={busy}
                aria-label={t("suggestions.takeLabel", {
                  room: s.room.name,
                  when: formatRange(s.startsAt, s.endsAt, lang),
                })}
                onClick={() =>
                  commit({
                    variables: { input: { bookingId: b.id, roomId: s.room.id, startsAt: s.startsAt } },
                    onCompleted: ({ acceptRescheduleSuggestion }) =>
                      setError(acceptRescheduleSuggestion.errors[0]?.message ?? null),
                  })
                }
              >
                {t("suggestions.take")}
              </Button>
            )}
          </Group>
        ))}
        {error && (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
