/** Every user: change my own password (after a reset or a new account this is the only page the
 * API serves until it is done). */

import { Alert, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import { useNavigate } from "react-router";
import type { ChangePasswordPageMutation } from "../../__generated__/ChangePasswordPageMutation.graphql";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, fieldErrors, networkError } from "../admin/shared";

export default function ChangePasswordPage() {
  const { t } = useTranslation("admin");
  const navigate = useNavigate();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [done, setDone] = useState(false);
  const [change, busy] = useMutation<ChangePasswordPageMutation>(graphql`
    mutation ChangePasswordPageMutation($input: ChangePasswordInput!) {
      changePassword(input: $input) {
        user {
          id
          mustChangePassword
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    if (next !== again) {
      setErrors([{ code: "VALIDATION", message: t("password.mismatch"), field: "repeat" }]);
      return;
    }
    change({
      variables: { input: { currentPassword: current, newPassword: next } },
      onCompleted: ({ changePassword: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0) {
          setDone(true);
          setCurrent("");
          setNext("");
          setAgain("");
        }
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["currentPassword", "newPassword", "repeat"]);
  return (
    <Stack maw={480}>
      <Title order={1}>{t("password.title")}</Title>
      <Text>{t("password.help")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <TextInput
            label={t("password.current")}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={byField.currentPassword}
            aria-invalid={!!byField.currentPassword}
            type="password"
            autoComplete="current-password"
            required
          />
          <TextInput
            label={t("password.new")}
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={byField.newPassword}
            aria-invalid={!!byField.newPassword}
            type="password"
            autoComplete="new-password"
            required
          />
          <TextInput
            label={t("password.repeat")}
            value={again}
            onChange={(e) => setAgain(e.currentTarget.value)}
            error={byField.repeat}
            aria-invalid={!!byField.repeat}
            type="password"
            autoComplete="new-password"
            required
          />
          {done && (
            <Alert color="green" role="status">
              {t("password.changed")}{" "}
              <Button variant="subtle" size="compact-sm" onClick={() => navigate("/")}>
                {t("password.home")}
              </Button>
            </Alert>
          )}
          <Button type="submit" loading={busy} w="fit-content">
            {t("password.save")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
