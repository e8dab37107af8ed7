/** ADMIN: agencies and users from HR's CSV. A dry run reports every row (created, updated,
 * unchanged, refused and why) and writes nothing; then the apply writes all rows, or none. */

import { Alert, Badge, Button, Code, FileInput, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import type { ImportPageMutation, ImportPageMutation$data } from "../../__generated__/ImportPageMutation.graphql";
import type { UserError } from "../../lib/userErrors";
import { DARK_TITLE, ErrorAlert, fieldErrors, networkError, ScrollTable } from "./shared";

type Result = ImportPageMutation$data["importDirectory"];
const OUTCOME_COLOR: Record<string, string> = { CREATED: "green", UPDATED: "blue", UNCHANGED: "gray", REFUSED: "red" };

const EXAMPLE = `nrk;nama;email;kode_instansi;nama_instansi;peran
198001;Siti Aminah;siti@jakarta.go.id;DISKOMINFOTIK;Dinas Kominfotik;REQUESTER`;

export default function ImportPage() {
  const { t } = useTranslation("admin");
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [result, setResult] = useState<Result | null>(null);
  const [run, busy] = useMutation<ImportPageMutation>(graphql`
    mutation ImportPageMutation($input: ImportDirectoryInput!) {
      importDirectory(input: $input) {
        applied
        rows {
          line
          nrk
          outcome
          agencyOutcome
          changes
          error {
            code
            message
            field
          }
          temporaryPassword
          user {
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
  function send(apply: boolean) {
    if (!file) {
      setErrors([{ code: "VALIDATION", message: t("import.chooseFirst"), field: "file" }]);
      return;
    }
    setErrors([]);
    run({
      // The network sends a File in the variables as a GraphQL multipart request.
      variables: { input: { file, apply } },
      onCompleted: ({ importDirectory: r }) => {
        setErrors(r.errors);
        setResult(r);
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["file"]);
  const refused = result?.rows.some((r) => r.outcome === "REFUSED") ?? false;
  const dryRunDone = result !== null && !result.applied && !refused && result.errors.length === 0;
  return (
    <Stack maw={1100}>
      <Title order={1}>{t("import.title")}</Title>
      <Text>{t("import.help")}</Text>
      <Code block>{EXAMPLE}</Code>
      <FileInput
        label={t("import.file")}
        description={t("import.fileHelp")}
        placeholder={t("import.choose")}
        accept=".csv,text/csv"
        value={file}
        onChange={(f) => {
          setFile(f);
          setResult(null);
        }}
        error={byField.file}
        maw={420}
      />
      <ErrorAlert errors={general} />
      <Group>
        <Button onClick={() => send(false)} loading={busy && !dryRunDone} variant={dryRunDone ? "light" : "filled"}>
          {t("import.dryRun")}
        </Button>
        <Button onClick={() => send(true)} disabled={!dryRunDone} loading={busy && dryRunDone}>
          {t("import.apply")}
        </Button>
      </Group>
      {result && (
        <>
          <Alert
            color={result.applied ? "green" : refused ? "red" : "blue"}
            role="status"
            styles={DARK_TITLE}
            title={result.applied ? t("import.applied") : t("import.dryRunDone")}
          >
            {result.applied ? t("import.appliedHelp") : refused ? t("import.refusedHelp") : t("import.readyHelp")}
          </Alert>
          <ScrollTable minWidth={800}>
            <Table striped>
              <Table.Caption>{t("import.rows", { count: result.rows.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("import.line")}</Table.Th>
                  <Table.Th>{t("users.nrk")}</Table.Th>
                  <Table.Th>{t("users.name")}</Table.Th>
                  <Table.Th>{t("import.outcome")}</Table.Th>
                  <Table.Th>{t("import.agency")}</Table.Th>
                  <Table.Th>{t("import.details")}</Table.Th>
                  {result.applied && <Table.Th>{t("import.password")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.rows.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>{r.nrk}</Table.Td>
                    <Table.Td>{r.user?.name ?? ""}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[r.outcome] ?? "gray"} variant="light" c="dark.8">
                        {t(`import.outcomes.${r.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.agencyOutcome ? t(`import.outcomes.${r.agencyOutcome}`) : ""}</Table.Td>
                    <Table.Td>
                      {r.error ? (
                        <Text size="sm" c="red.9">
                          {r.error.message}
                        </Text>
                      ) : (
                        r.changes.join(", ")
                      )}
                    </Table.Td>
                    {result.applied && (
                      <Table.Td>{r.temporaryPassword ? <Code>{r.temporaryPassword}</Code> : ""}</Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          {result.applied && <Text size="sm">{t("onceHint")}</Text>}
        </>
      )}
    </Stack>
  );
}
