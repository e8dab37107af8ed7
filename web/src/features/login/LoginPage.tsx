import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import { Navigate } from "react-router";
import type { LoginPageMutation } from "../../__generated__/LoginPageMutation.graphql";
import { setSession, takeSessionNotice, useSession } from "../../auth/session";
import { ConnectionBanner } from "../../shell/ConnectionBanner";
import { LanguageSwitch } from "../../shell/LanguageSwitch";
import { takeNext } from "../../shell/RequireAuth";

const mutation = graphql`
  mutation LoginPageMutation($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      errors {
        code
        message
        field
      }
    }
  }
`;

export default function LoginPage() {
  const { t } = useTranslation("login");
  const session = useSession();
  const [notice] = useState(takeSessionNotice);
  // Where to go once logged in: the page the user was on when the session ended.
  const [next] = useState(takeNext);
  const [nrk, setNrk] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [commit, busy] = useMutation<LoginPageMutation>(mutation);

  if (session) return <Navigate to={next} replace />;

  function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    commit({
      variables: { input: { nrk: nrk.trim(), password } },
      onCompleted: ({ login }) => {
        if (login.token) {
          setSession({ token: login.token, expiresAt: login.expiresAt ?? null, nrk: nrk.trim() });
        } else {
          const first = login.errors[0];
          setError(first ? { code: first.code, message: first.message } : { code: "", message: t("failed") });
        }
      },
      onError: () => setError({ code: "NETWORK", message: t("network") }),
    });
  }

  return (
    <>
      <ConnectionBanner />
      <Center mih="100dvh" p="md" component="main">
        <Paper withBorder shadow="sm" p="lg" w="100%" maw={400}>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Stack gap={2}>
                <Title order={1} size="h2">
                  ePesanRuangan
                </Title>
                <Text c="dimmed" size="sm">
                  {t("tagline", { ns: "common" })}
                </Text>
              </Stack>
              {notice === "expired" && (
                <Alert color="yellow" role="alert">
                  {t("expired")}
                </Alert>
              )}
              {error && (
                <Alert color="red" role="alert" title={error.code === "ACCOUNT_LOCKED" ? t("lockedTitle") : undefined}>
                  {error.message}
                </Alert>
              )}
              <TextInput
                label={t("nrk")}
                name="nrk"
                autoComplete="username"
                inputMode="numeric"
                required
                value={nrk}
                onChange={(e) => setNrk(e.currentTarget.value)}
              />
              <PasswordInput
                label={t("password")}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              <Button type="submit" loading={busy} disabled={!nrk || !password}>
                {t("submit")}
              </Button>
              <Stack gap={4} align="center">
                <LanguageSwitch />
                <Text size="xs" c="dimmed">
                  {t("help")}{" "}
                  <Anchor size="xs" href="mailto:pelayanan.balaikota@jakarta.go.id">
                    pelayanan.balaikota@jakarta.go.id
                  </Anchor>
                </Text>
              </Stack>
            </Stack>
          </form>
        </Paper>
      </Center>
    </>
  );
}
