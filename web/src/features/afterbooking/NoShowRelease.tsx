/** SERVICE_OFFICER or ADMIN on a booking's page: turn this booking's no-show release off (guests
 * known to arrive late) or on again (`setNoShowRelease`, audited); shown with its state. */

import { Group, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useFragment, useMutation } from "react-relay";
import type { NoShowRelease_booking$key } from "../../__generated__/NoShowRelease_booking.graphql";
import type { NoShowReleaseMutation } from "../../__generated__/NoShowReleaseMutation.graphql";
import { hasRole, useViewer } from "../../auth/viewer";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, networkError } from "../admin/shared";

const OVER = ["CANCELLED", "REJECTED", "NO_SHOW", "COMPLETED", "REPORTED"];

export function NoShowRelease({ booking }: { booking: NoShowRelease_booking$key }) {
  const { t } = useTranslation("after");
  const viewer = useViewer();
  const b = useFragment(
    graphql`
      fragment NoShowRelease_booking on Booking {
        id
        status
        endsAt
        checkedInAt
        noShowRelease
        room {
          noShowGraceMinutes
        }
      }
    `,
    booking,
  );
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [commit, busy] = useMutation<NoShowReleaseMutation>(graphql`
    mutation NoShowReleaseMutation($input: SetNoShowReleaseInput!) {
      setNoShowRelease(input: $input) {
        booking {
          id
          noShowRelease
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  if (!hasRole(viewer, "SERVICE_OFFICER", "ADMIN")) return null;
  if (b.room.noShowGraceMinutes == null || b.checkedInAt || OVER.includes(b.status)) return null;
  if (new Date(b.endsAt).getTime() <= Date.now()) return null;
  return (
    <Group gap="sm" align="start">
      <Switch
        checked={b.noShowRelease}
        disabled={busy}
        label={t("release.label", { minutes: b.room.noShowGraceMinutes })}
        description={b.noShowRelease ? t("release.on") : t("release.off")}
        onChange={(e) => {
          const release = e.currentTarget.checked;
          commit({
            variables: { input: { bookingId: b.id, release } },
            onCompleted: ({ setNoShowRelease: r }) => setErrors(r.errors),
            onError: () => setErrors(networkError(t("network"))),
          });
        }}
      />
      <Text size="sm" c="dark.8" role="status" data-testid="no-show-release-state">
        {b.noShowRelease ? t("release.stateOn") : t("release.stateOff")}
      </Text>
      <ErrorAlert errors={errors} />
    </Group>
  );
}
