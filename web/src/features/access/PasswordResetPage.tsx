/** /password-reset#token=…: the one-time link an ADMIN made (createPasswordResetLink). No login;
 * the token is read from the fragment and only sent in the mutation's body. The new password twice,
 * then to the login page. */

import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import { Link, useNavigate } from "react-router";
import type { PasswordResetPageMutation } from "../../__generated__/PasswordResetPageMutation.graphql";
import type { UserError } from "../../lib/userErrors";
import { LanguageSwitch } from "../../shell/LanguageSwitch";
import { fieldErrors } from "../admin/logic";
import { hashParam } from "./hash";

export default function PasswordResetPage() {
  const { t } = useTranslation("access");
  const navigate = useNavigate();
  const [token] = useState(() => hashParam(window.location.hash, "token"));
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [done, setDone] = useState(false);
  const [commit, busy] = useMutation<PasswordResetPageMutation>(graphql`
    mutation PasswordResetPageMutation($input: ResetPasswordWithLinkInput!) {
      resetPasswordWithLink(input: $input) {
        done
        errors {
          code
          message
          field
        }
      }
    }
  `);
  useEffect(() => {
    document.title = `${t("reset.title")} · ePesanRuangan`;
  }, [t]);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!token) return;
    if (next !== again) {
      setErrors([{ code: "VALIDATION", message: t("reset.mismatch"), field: "repeat" }]);
      return;
    }
    commit({
      variables: { input: { token, newPassword: next } },
      onCompleted: ({ resetPasswordWithLink: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0 && r.done) {
          setDone(true);
          // The link is used: take it out of the address bar and the history.
          window.history.replaceState(null, "", window.location.pathname);
        }
      },
      onError: () => setErrors([{ code: "NETWORK", message: t("network"), field: null }]),
    });
  }
  const { byField, general } = fieldErrors(errors, ["newPassword", "repeat"]);
  const invalid = !token || errors.some((e) => e.code === "RESET_LINK_INVALID");
  return (
    <Center mih="100dvh" p="md" component="main">
      <Paper withBorder shadow="sm" p="lg" w="100%" maw={420}>
        <Stack>
          <Title order={1} size="h2">
            {t("reset.title")}
          </Title>
          {done ? (
            <Alert color="green" role="status">
              <Stack gap="xs">
                <Text size="sm">{t("reset.done")}</Text>
                <Button onClick={() => navigate("/login", { replace: true })} w="fit-content">
                  {t("reset.toLogin")}
                </Button>
              </Stack>
            </Alert>
          ) : invalid ? (
            <Alert color="red" role="alert">
              <Stack gap="xs">
                <Text size="sm">
                  {errors.find((e) => e.code === "RESET_LINK_INVALID")?.message ?? t("reset.noToken")}
                </Text>
                <Text size="sm">{t("reset.askAdmin")}</Text>
                <Anchor component={Link} to="/login" size="sm">
                  {t("reset.toLogin")}
                </Anchor>
              </Stack>
            </Alert>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack>
                <Text size="sm">{t("reset.help")}</Text>
                {general.length > 0 && (
                  <Alert color="red" role="alert">
                    {general.map((e) => (
                      <Text key={`${e.code}-${e.message}`} size="sm">
                        {e.message}
                      </Text>
                    ))}
                  </Alert>
                )}
                <PasswordInput
                  label={t("reset.new")}
                  value={next}
                  onChange={(e) => setNext(e.currentTarget.value)}
                  error={byField.newPassword}
                  aria-invalid={!!byField.newPassword}
                  autoComplete="new-password"
                  required
                />
                <PasswordInput
                  label={t("reset.repeat")}
                  value={again}
                  onChange={(e) => setAgain(e.currentTarget.value)}
                  error={byField.repeat}
                  aria-invalid={!!byField.repeat}
                  autoComplete="new-password"
                  required
                />
                <Button type="submit" loading={busy} disabled={!next || !again}>
                  {t("reset.save")}
                </Button>
              </Stack>
            </form>
          )}
          <Center>
            <LanguageSwitch />
          </Center>
        </Stack>
      </Paper>
    </Center>
  );
}
