import { Button, Card, CopyButton, Group, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import type { CalendarLinkMutation } from "../../__generated__/CalendarLinkMutation.graphql";
import { hasRole, useViewer } from "../../auth/viewer";

/** The secret iCalendar feed link (the agency's for requesters, the room's for staff), made anew
 * on request (the earlier link stops working), to copy into a calendar app. */
export function CalendarLink({ agencyId, roomId }: { agencyId: string; roomId: string }) {
  const { t } = useTranslation("booking");
  const viewer = useViewer();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [commit, busy] = useMutation<CalendarLinkMutation>(graphql`
    mutation CalendarLinkMutation($input: RotateCalendarTokenInput!) {
      rotateCalendarToken(input: $input) {
        url
        errors {
          message
        }
      }
    }
  `);
  const staff = hasRole(viewer, "SERVICE_OFFICER", "SERVICE_HEAD", "ADMIN");
  const requester = hasRole(viewer, "REQUESTER");
  if (!staff && !requester) return null;
  const input = requester ? { agencyId } : { roomId };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("calendar.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {requester ? t("calendar.agency") : t("calendar.room")}
      </Text>
      {url ? (
        <Group mt="xs" align="end" wrap="nowrap">
          <TextInput
            label={t("calendar.link")}
            value={url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button onClick={copy} variant={copied ? "filled" : "light"}>
                {copied ? t("calendar.copied") : t("calendar.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
      ) : (
        <Button
          mt="xs"
          size="xs"
          variant="light"
          loading={busy}
          onClick={() =>
            commit({
              variables: { input },
              onCompleted: ({ rotateCalendarToken }) => {
                setUrl(rotateCalendarToken.url ?? null);
                setError(rotateCalendarToken.errors[0]?.message ?? null);
              },
            })
          }
        >
          {t("calendar.make")}
        </Button>
      )}
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t("calendar.warning")}
      </Text>
    </Card>
  );
}
