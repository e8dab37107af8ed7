/** ADMIN: agencies (instansi): create, rename (day views show the new name at once), deactivate, reactivate. */

import { Badge, Button, Group, Modal, Stack, Table, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { AgenciesAdminPageCreateMutation } from "../../__generated__/AgenciesAdminPageCreateMutation.graphql";
import type { AgenciesAdminPageDeactivateMutation } from "../../__generated__/AgenciesAdminPageDeactivateMutation.graphql";
import type {
  AgenciesAdminPageQuery,
  AgenciesAdminPageQuery$data,
} from "../../__generated__/AgenciesAdminPageQuery.graphql";
import type { AgenciesAdminPageReactivateMutation } from "../../__generated__/AgenciesAdminPageReactivateMutation.graphql";
import type { AgenciesAdminPageRenameMutation } from "../../__generated__/AgenciesAdminPageRenameMutation.graphql";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, fieldErrors, networkError, ScrollTable } from "./shared";

type Agency = AgenciesAdminPageQuery$data["agencies"]["edges"][number]["node"];

export default function AgenciesAdminPage() {
  const { t } = useTranslation("admin");
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<AgenciesAdminPageQuery>(
    graphql`
      query AgenciesAdminPageQuery {
        agencies(first: 100) {
          edges {
            node {
              id
              code
              name
              isActive
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const [form, setForm] = useState<Agency | "new" | null>(null);
  const [confirm, setConfirm] = useState<Agency | null>(null);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [deactivate, deactivating] = useMutation<AgenciesAdminPageDeactivateMutation>(graphql`
    mutation AgenciesAdminPageDeactivateMutation($input: AgencyIdInput!) {
      deactivateAgency(input: $input) {
        agency {
          id
          isActive
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [reactivate, reactivating] = useMutation<AgenciesAdminPageReactivateMutation>(graphql`
    mutation AgenciesAdminPageReactivateMutation($input: AgencyIdInput!) {
      reactivateAgency(input: $input) {
        agency {
          id
          isActive
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  return (
    <Stack maw={900}>
      <Group justify="space-between">
        <Title order={1}>{t("agencies.title")}</Title>
        <Button onClick={() => setForm("new")}>{t("agencies.new")}</Button>
      </Group>
      <ErrorAlert errors={errors} />
      <ScrollTable minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("agencies.code")}</Table.Th>
              <Table.Th>{t("agencies.name")}</Table.Th>
              <Table.Th>{t("state")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.agencies.edges.map(({ node: a }) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.code}</Table.Td>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>
                  <Badge color={a.isActive ? "green" : "gray"} variant="light" c="dark.8">
                    {a.isActive ? t("active") : t("inactive")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setForm(a)}
                      aria-label={t("agencies.renameNamed", { name: a.name })}
                    >
                      {t("agencies.rename")}
                    </Button>
                    {a.isActive && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setConfirm(a)}
                        aria-label={t("deactivateNamed", { name: a.name })}
                      >
                        {t("deactivate")}
                      </Button>
                    )}
                    {!a.isActive && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={reactivating}
                        aria-label={t("reactivateNamed", { name: a.name })}
                        onClick={() =>
                          reactivate({
                            variables: { input: { agencyId: a.id } },
                            onCompleted: (r) => setErrors(r.reactivateAgency.errors),
                            onError: () => setErrors(networkError(t("network"))),
                          })
                        }
                      >
                        {t("reactivate")}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {form && (
        <AgencyForm
          agency={form === "new" ? null : form}
          onClose={(changed) => {
            setForm(null);
            if (changed) setFetchKey((k) => k + 1);
          }}
        />
      )}
      {confirm && (
        <Modal
          opened
          onClose={() => setConfirm(null)}
          title={t("deactivateNamed", { name: confirm.name })}
          closeButtonProps={{ "aria-label": t("close") }}
        >
          <Stack>
            {t("agencies.deactivateHelp")}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)}>
                {t("cancel")}
              </Button>
              <Button
                color="red"
                loading={deactivating}
                onClick={() =>
                  deactivate({
                    variables: { input: { agencyId: confirm.id } },
                    onCompleted: (r) => {
                      setErrors(r.deactivateAgency.errors);
                      setConfirm(null);
                    },
                    onError: () => setErrors(networkError(t("network"))),
                  })
                }
              >
                {t("deactivate")}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}

function AgencyForm({ agency, onClose }: { agency: Agency | null; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("admin");
  const [code, setCode] = useState(agency?.code ?? "");
  const [name, setName] = useState(agency?.name ?? "");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [create, creating] = useMutation<AgenciesAdminPageCreateMutation>(graphql`
    mutation AgenciesAdminPageCreateMutation($input: CreateAgencyInput!) {
      createAgency(input: $input) {
        agency {
          id
          code
          name
          isActive
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [rename, renaming] = useMutation<AgenciesAdminPageRenameMutation>(graphql`
    mutation AgenciesAdminPageRenameMutation($input: RenameAgencyInput!) {
      renameAgency(input: $input) {
        agency {
          id
          name
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
    const done = (errs: readonly UserError[]) => {
      setErrors(errs);
      if (errs.length === 0) onClose(true);
    };
    const onError = () => setErrors(networkError(t("network")));
    if (agency) {
      rename({
        variables: { input: { agencyId: agency.id, name: name.trim() } },
        onCompleted: (r) => done(r.renameAgency.errors),
        onError,
      });
    } else {
      create({
        variables: { input: { code: code.trim(), name: name.trim() } },
        onCompleted: (r) => done(r.createAgency.errors),
        onError,
      });
    }
  }
  const { byField, general } = fieldErrors(errors, ["code", "name"]);
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={agency ? t("agencies.renameNamed", { name: agency.name }) : t("agencies.newTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <TextInput
            label={t("agencies.code")}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={byField.code}
            disabled={!!agency}
            required
          />
          <TextInput
            label={t("agencies.name")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={byField.name}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={creating || renaming}>
              {agency ? t("save") : t("agencies.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
