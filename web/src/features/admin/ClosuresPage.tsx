/** ADMIN: office closures (cuti bersama and other closed days): the working calendar counts them
 * at once (service-level clocks, due times, series holiday flags). */

import { Button, Group, NumberInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { ClosuresPageAddMutation } from "../../__generated__/ClosuresPageAddMutation.graphql";
import type { ClosuresPageQuery } from "../../__generated__/ClosuresPageQuery.graphql";
import type { ClosuresPageRemoveMutation } from "../../__generated__/ClosuresPageRemoveMutation.graphql";
import { formatDate, jakartaDate } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, fieldErrors, networkError } from "./shared";

export default function ClosuresPage() {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const [year, setYear] = useState<number>(Number(jakartaDate().slice(0, 4)));
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<ClosuresPageQuery>(
    graphql`
      query ClosuresPageQuery($year: Int) {
        officeClosures(year: $year) {
          id
          day
          reason
        }
      }
    `,
    { year },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [day, setDay] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [add, adding] = useMutation<ClosuresPageAddMutation>(graphql`
    mutation ClosuresPageAddMutation($input: AddClosureInput!) {
      addOfficeClosure(input: $input) {
        closure {
          id
          day
          reason
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [remove] = useMutation<ClosuresPageRemoveMutation>(graphql`
    mutation ClosuresPageRemoveMutation($input: ClosureIdInput!) {
      removeOfficeClosure(input: $input) {
        closure {
          id
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
    if (!day) {
      setErrors([{ code: "VALIDATION", message: t("closures.dayRequired"), field: "day" }]);
      return;
    }
    add({
      variables: { input: { day, reason: reason.trim() } },
      onCompleted: ({ addOfficeClosure: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0) {
          setDay("");
          setReason("");
          setFetchKey((k) => k + 1);
        }
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["day", "reason"]);
  return (
    <Stack maw={900}>
      <Title order={1}>{t("closures.title")}</Title>
      <Text>{t("closures.help")}</Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <Group align="start">
            <TextInput
              type="date"
              label={t("closures.day")}
              value={day}
              onChange={(e) => setDay(e.currentTarget.value)}
              error={byField.day}
              required
            />
            <TextInput
              label={t("closures.reason")}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={byField.reason}
              required
              w={320}
            />
          </Group>
          <Button type="submit" loading={adding} w="fit-content">
            {t("closures.add")}
          </Button>
        </Stack>
      </form>
      <NumberInput
        label={t("closures.year")}
        value={year}
        onChange={(v) => setYear(Number(v) || year)}
        min={2000}
        max={2100}
        w={140}
      />
      {data.officeClosures.length === 0 ? (
        <Text>{t("closures.empty")}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("closures.day")}</Table.Th>
              <Table.Th>{t("closures.reason")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.officeClosures.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{formatDate(`${c.day}T12:00:00+07:00`, lang)}</Table.Td>
                <Table.Td>{c.reason}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t("closures.removeNamed", { reason: c.reason })}
                    onClick={() =>
                      remove({
                        variables: { input: { closureId: c.id } },
                        onCompleted: ({ removeOfficeClosure: r }) => {
                          setErrors(r.errors);
                          setFetchKey((k) => k + 1);
                        },
                        onError: () => setErrors(networkError(t("network"))),
                      })
                    }
                  >
                    {t("closures.remove")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
