/** Opt in to Web Push on this device (a notification arrives while the tab is closed). */

import { Alert, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { PushOptInQuery } from "../../__generated__/PushOptInQuery.graphql";
import type { PushOptInRegisterMutation } from "../../__generated__/PushOptInRegisterMutation.graphql";
import type { PushOptInUnregisterMutation } from "../../__generated__/PushOptInUnregisterMutation.graphql";
import { currentSubscription, type PushState, pushSupported, subscribe, subscriptionInput } from "./push";

export function PushOptIn() {
  const { t } = useTranslation("notifications");
  const { vapidPublicKey } = useLazyLoadQuery<PushOptInQuery>(
    graphql`
      query PushOptInQuery {
        vapidPublicKey
      }
    `,
    {},
  );
  const [state, setState] = useState<PushState>("off");
  const [error, setError] = useState<string | null>(null);
  const [register, registering] = useMutation<PushOptInRegisterMutation>(graphql`
    mutation PushOptInRegisterMutation($input: RegisterPushSubscriptionInput!) {
      registerPushSubscription(input: $input) {
        ok
        errors {
          code
          message
        }
      }
    }
  `);
  const [unregister, unregistering] = useMutation<PushOptInUnregisterMutation>(graphql`
    mutation PushOptInUnregisterMutation($input: UnregisterPushSubscriptionInput!) {
      unregisterPushSubscription(input: $input) {
        ok
        errors {
          code
          message
        }
      }
    }
  `);

  useEffect(() => {
    if (!pushSupported()) setState("unsupported");
    else if (!vapidPublicKey) setState("unavailable");
    else if (Notification.permission === "denied") setState("denied");
    else void currentSubscription().then((s) => setState(s ? "on" : "off"));
  }, [vapidPublicKey]);

  async function enable() {
    setError(null);
    try {
      const subscription = await subscribe(vapidPublicKey ?? "");
      register({
        variables: { input: subscriptionInput(subscription) },
        onCompleted: ({ registerPushSubscription: r }) => {
          if (r.ok) setState("on");
          else setError(r.errors[0]?.message ?? t("push.failed"));
        },
        onError: () => setError(t("push.failed")),
      });
    } catch (e) {
      setState(Notification.permission === "denied" ? "denied" : "off");
      setError(`${t("push.failed")} (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  async function disable() {
    const subscription = await currentSubscription();
    if (!subscription) return setState("off");
    unregister({
      variables: { input: { endpoint: subscription.endpoint } },
      onCompleted: () => {
        void subscription.unsubscribe();
        setState("off");
      },
    });
  }

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t("push.title")}</Text>
          {state === "off" && (
            <Button size="xs" onClick={() => void enable()} loading={registering}>
              {t("push.enable")}
            </Button>
          )}
          {state === "on" && (
            <Button size="xs" variant="default" onClick={() => void disable()} loading={unregistering}>
              {t("push.disable")}
            </Button>
          )}
        </Group>
        <Text size="sm">{t(`push.${state}`)}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
