/** ADMIN: users: search, create (the temporary password shown once), roles and agency, deactivate
 * (every session ends) and reactivate, unlock after failed logins, reset the password (shown once) or
 * make a one-time reset link (shown once). */

import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation, usePaginationFragment } from "react-relay";
import type { UsersAdminPage_users$key } from "../../__generated__/UsersAdminPage_users.graphql";
import type { UsersAdminPageAccessMutation } from "../../__generated__/UsersAdminPageAccessMutation.graphql";
import type { UsersAdminPageCreateMutation } from "../../__generated__/UsersAdminPageCreateMutation.graphql";
import type { UsersAdminPageDeactivateMutation } from "../../__generated__/UsersAdminPageDeactivateMutation.graphql";
import type { UsersAdminPageQuery } from "../../__generated__/UsersAdminPageQuery.graphql";
import type { UsersAdminPageReactivateMutation } from "../../__generated__/UsersAdminPageReactivateMutation.graphql";
import type { UsersAdminPageResetLinkMutation } from "../../__generated__/UsersAdminPageResetLinkMutation.graphql";
import type { UsersAdminPageResetMutation } from "../../__generated__/UsersAdminPageResetMutation.graphql";
import type { UsersAdminPageUnlockMutation } from "../../__generated__/UsersAdminPageUnlockMutation.graphql";
import { formatDateTime, formatTime } from "../../lib/time";
import { useLang } from "../../lib/useLang";
import type { UserError } from "../../lib/userErrors";
import type { Role } from "../../routes";
import { ErrorAlert, fieldErrors, networkError, OnceSecret, ScrollTable } from "./shared";

const ROLES: Role[] = ["REQUESTER", "SERVICE_OFFICER", "SERVICE_HEAD", "EQUIPMENT_HEAD", "LEADERSHIP", "ADMIN"];

interface UserRow {
  readonly id: string;
  readonly nrk: string;
  readonly name: string;
  readonly roles: readonly string[];
  readonly agency: { readonly id: string; readonly name: string } | null | undefined;
}
type Agencies = readonly { readonly id: string; readonly name: string; readonly isActive: boolean }[];

const USER_FIELDS = graphql`
  fragment UsersAdminPage_user on User {
    id
    nrk
    name
    email
    roles
    isActive
    mustChangePassword
    lockedUntil
    agency {
      id
      name
    }
  }
`;
void USER_FIELDS;

export default function UsersAdminPage() {
  const { t } = useTranslation("admin");
  const [search, setSearch] = useState("");
  const [active, setActive] = useState<string>("all");
  const [fetchKey, setFetchKey] = useState(0);
  const deferred = useDeferredValue(search.trim());
  const filter = { search: deferred || null, active: active === "all" ? null : active === "active" };
  const data = useLazyLoadQuery<UsersAdminPageQuery>(
    graphql`
      query UsersAdminPageQuery($filter: UserFilter) {
        ...UsersAdminPage_users @arguments(filter: $filter)
        agencies(first: 100) {
          edges {
            node {
              id
              name
              isActive
            }
          }
        }
      }
    `,
    { filter },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const agencies = data.agencies.edges.map((e) => e.node);
  const [creating, setCreating] = useState(false);
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Title order={1}>{t("users.title")}</Title>
        <Button onClick={() => setCreating(true)}>{t("users.new")}</Button>
      </Group>
      <Group align="end">
        <TextInput
          label={t("users.search")}
          description={t("users.searchHelp")}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          w={280}
        />
        <Select
          label={t("users.show")}
          data={[
            { value: "all", label: t("users.all") },
            { value: "active", label: t("active") },
            { value: "inactive", label: t("inactive") },
          ]}
          value={active}
          onChange={(v) => setActive(v ?? "all")}
          allowDeselect={false}
          w={180}
        />
      </Group>
      <UserList users={data} agencies={agencies} />
      {creating && (
        <CreateUser
          agencies={agencies}
          onClose={(changed) => {
            setCreating(false);
            if (changed) setFetchKey((k) => k + 1);
          }}
        />
      )}
    </Stack>
  );
}

type Dialog = { kind: "access" | "deactivate" | "reset" | "link" | "reactivate"; user: UserRow } | null;

function UserList({ users, agencies }: { users: UsersAdminPage_users$key; agencies: Agencies }) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const { data, hasNext, loadNext, isLoadingNext } = usePaginationFragment(
    graphql`
      fragment UsersAdminPage_users on Query
      @refetchable(queryName: "UsersAdminPagePaginationQuery")
      @argumentDefinitions(
        filter: { type: "UserFilter" }
        count: { type: "Int", defaultValue: 30 }
        cursor: { type: "String" }
      ) {
        users(filter: $filter, first: $count, after: $cursor) @connection(key: "UsersAdminPage_users") {
          totalCount
          edges {
            node {
              ...UsersAdminPage_user @relay(mask: false)
            }
          }
        }
      }
    `,
    users,
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<readonly UserError[]>([]);
  const [unlock] = useMutation<UsersAdminPageUnlockMutation>(graphql`
    mutation UsersAdminPageUnlockMutation($input: UserIdInput!) {
      unlockUser(input: $input) {
        user {
          id
          lockedUntil
        }
        errors {
          code
          message
          field
        }
      }
    }
  `);
  const [unlocked, setUnlocked] = useState<string | null>(null);
  return (
    <Stack>
      <Text>{t("users.count", { count: data.users.totalCount })}</Text>
      <ErrorAlert errors={message} />
      {unlocked && (
        <Text role="status" c="dark.8">
          {t("users.unlocked", { name: unlocked })}
        </Text>
      )}
      <ScrollTable minWidth={900}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("users.nrk")}</Table.Th>
              <Table.Th>{t("users.name")}</Table.Th>
              <Table.Th>{t("users.agency")}</Table.Th>
              <Table.Th>{t("users.roles")}</Table.Th>
              <Table.Th>{t("state")}</Table.Th>
              <Table.Th>{t("actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.users.edges.map(({ node: u }) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.nrk}</Table.Td>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{u.agency?.name ?? "–"}</Table.Td>
                <Table.Td>{u.roles.map((r) => t(`common:role.${r}`)).join(", ")}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={u.isActive ? "green" : "gray"} variant="light" c="dark.8">
                      {u.isActive ? t("active") : t("inactive")}
                    </Badge>
                    {u.lockedUntil && (
                      <Badge color="red" variant="light" c="dark.8">
                        {t("users.locked", { time: formatTime(u.lockedUntil, lang) })}
                      </Badge>
                    )}
                    {u.mustChangePassword && (
                      <Badge color="yellow" variant="light" c="dark.8">
                        {t("users.mustChange")}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {u.isActive && (
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setDialog({ kind: "access", user: u })}
                        aria-label={t("users.accessNamed", { name: u.name })}
                      >
                        {t("users.access")}
                      </Button>
                      {u.lockedUntil && (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={t("users.unlockNamed", { name: u.name })}
                          onClick={() => {
                            setUnlocked(null);
                            unlock({
                              variables: { input: { userId: u.id } },
                              onCompleted: (r) => {
                                setMessage(r.unlockUser.errors);
                                if (r.unlockUser.errors.length === 0) setUnlocked(u.name);
                              },
                              onError: () => setMessage(networkError(t("network"))),
                            });
                          }}
                        >
                          {t("users.unlock")}
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setDialog({ kind: "reset", user: u })}
                        aria-label={t("users.resetNamed", { name: u.name })}
                      >
                        {t("users.reset")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setDialog({ kind: "link", user: u })}
                        aria-label={t("users.resetLinkNamed", { name: u.name })}
                      >
                        {t("users.resetLink")}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setDialog({ kind: "deactivate", user: u })}
                        aria-label={t("deactivateNamed", { name: u.name })}
                      >
                        {t("deactivate")}
                      </Button>
                    </Group>
                  )}
                  {!u.isActive && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setDialog({ kind: "reactivate", user: u })}
                      aria-label={t("reactivateNamed", { name: u.name })}
                    >
                      {t("reactivate")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {hasNext && (
        <Button variant="default" loading={isLoadingNext} onClick={() => loadNext(30)} w="fit-content">
          {t("loadMore")}
        </Button>
      )}
      {dialog?.kind === "access" && (
        <AccessDialog user={dialog.user} agencies={agencies} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "deactivate" && <DeactivateUser user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "reset" && <ResetPassword user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "link" && <ResetLink user={dialog.user} onClose={() => setDialog(null)} />}
      {dialog?.kind === "reactivate" && <ReactivateUser user={dialog.user} onClose={() => setDialog(null)} />}
    </Stack>
  );
}

function RoleChecks({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation("admin");
  return (
    <Checkbox.Group label={t("users.roles")} value={value} onChange={onChange} error={error} withAsterisk>
      <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs">
        {ROLES.map((r) => (
          <Checkbox key={r} value={r} label={t(`common:role.${r}`)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function agencyOptions(agencies: Agencies) {
  return agencies.filter((a) => a.isActive).map((a) => ({ value: a.id, label: a.name }));
}

function CreateUser({ agencies, onClose }: { agencies: Agencies; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation("admin");
  const [nrk, setNrk] = useState("");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[]>(["REQUESTER"]);
  const [language, setLanguage] = useState("id");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [create, busy] = useMutation<UsersAdminPageCreateMutation>(graphql`
    mutation UsersAdminPageCreateMutation($input: CreateUserInput!) {
      createUser(input: $input) {
        user {
          id
          name
        }
        temporaryPassword
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
    create({
      variables: {
        input: {
          nrk: nrk.trim(),
          name: name.trim(),
          email: email.trim() || null,
          agencyId,
          roles: roles as Role[],
          language,
        },
      },
      onCompleted: ({ createUser: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0) setSecret(r.temporaryPassword ?? "");
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["nrk", "name", "email", "agencyId", "roles", "language"]);
  return (
    <Modal
      opened
      onClose={() => onClose(secret !== null)}
      title={t("users.newTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      {secret !== null ? (
        <Stack>
          <OnceSecret label={t("users.created", { name })} value={secret} />
          <Button onClick={() => onClose(true)} w="fit-content">
            {t("done")}
          </Button>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ErrorAlert errors={general} />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <TextInput
                label={t("users.nrk")}
                value={nrk}
                onChange={(e) => setNrk(e.currentTarget.value)}
                error={byField.nrk}
                inputMode="numeric"
                required
                data-autofocus
              />
              <TextInput
                label={t("users.name")}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={byField.name}
                required
              />
              <TextInput
                label={t("users.email")}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                error={byField.email}
              />
              <Select
                label={t("users.agency")}
                data={agencyOptions(agencies)}
                value={agencyId}
                onChange={setAgencyId}
                error={byField.agencyId}
                searchable
                clearable
              />
              <Select
                label={t("users.language")}
                data={[
                  { value: "id", label: "Bahasa Indonesia" },
                  { value: "en", label: "English" },
                ]}
                value={language}
                onChange={(v) => setLanguage(v ?? "id")}
                allowDeselect={false}
                error={byField.language}
              />
            </SimpleGrid>
            <RoleChecks value={roles} onChange={setRoles} error={byField.roles} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => onClose(false)}>
                {t("cancel")}
              </Button>
              <Button type="submit" loading={busy}>
                {t("users.create")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function AccessDialog({ user, agencies, onClose }: { user: UserRow; agencies: Agencies; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const [roles, setRoles] = useState<string[]>([...user.roles]);
  const [agencyId, setAgencyId] = useState<string | null>(user.agency?.id ?? null);
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [change, busy] = useMutation<UsersAdminPageAccessMutation>(graphql`
    mutation UsersAdminPageAccessMutation($input: ChangeUserAccessInput!) {
      changeUserAccess(input: $input) {
        user {
          ...UsersAdminPage_user @relay(mask: false)
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
    const sameRoles = roles.length === user.roles.length && roles.every((r) => user.roles.includes(r));
    const oldAgency = user.agency?.id ?? null;
    change({
      variables: {
        input: {
          userId: user.id,
          roles: sameRoles ? null : (roles as Role[]),
          agencyId: agencyId !== oldAgency ? agencyId : null,
          clearAgency: agencyId === null && oldAgency !== null,
        },
      },
      onCompleted: ({ changeUserAccess: r }) => {
        setErrors(r.errors);
        if (r.errors.length === 0) onClose();
      },
      onError: () => setErrors(networkError(t("network"))),
    });
  }
  const { byField, general } = fieldErrors(errors, ["roles", "agencyId"]);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("users.accessNamed", { name: user.name })}
      size="lg"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert errors={general} />
          <RoleChecks value={roles} onChange={setRoles} error={byField.roles} />
          <Select
            label={t("users.agency")}
            data={agencyOptions(agencies)}
            value={agencyId}
            onChange={setAgencyId}
            error={byField.agencyId}
            searchable
            clearable
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={busy}>
              {t("save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeactivateUser({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [deactivate, busy] = useMutation<UsersAdminPageDeactivateMutation>(graphql`
    mutation UsersAdminPageDeactivateMutation($input: UserIdInput!) {
      deactivateUser(input: $input) {
        user {
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
    <Modal
      opened
      onClose={onClose}
      title={t("deactivateNamed", { name: user.name })}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <Stack>
        <ErrorAlert errors={errors} />
        <Text>{t("users.deactivateHelp", { name: user.name, nrk: user.nrk })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() =>
              deactivate({
                variables: { input: { userId: user.id } },
                onCompleted: ({ deactivateUser: r }) => {
                  setErrors(r.errors);
                  if (r.errors.length === 0) onClose();
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
  );
}

function ResetPassword({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const [reset, busy] = useMutation<UsersAdminPageResetMutation>(graphql`
    mutation UsersAdminPageResetMutation($input: UserIdInput!) {
      resetUserPassword(input: $input) {
        user {
          id
          mustChangePassword
        }
        temporaryPassword
        errors {
          code
          message
          field
        }
      }
    }
  `);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("users.resetNamed", { name: user.name })}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <Stack>
        <ErrorAlert errors={errors} />
        {secret !== null ? (
          <>
            <OnceSecret label={t("users.newPassword", { name: user.name })} value={secret} />
            <Button onClick={onClose} w="fit-content">
              {t("done")}
            </Button>
          </>
        ) : (
          <>
            <Text>{t("users.resetHelp")}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("cancel")}
              </Button>
              <Button
                loading={busy}
                onClick={() =>
                  reset({
                    variables: { input: { userId: user.id } },
                    onCompleted: ({ resetUserPassword: r }) => {
                      setErrors(r.errors);
                      if (r.errors.length === 0) setSecret(r.temporaryPassword ?? "");
                    },
                    onError: () => setErrors(networkError(t("network"))),
                  })
                }
              >
                {t("users.reset")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

function ResetLink({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const lang = useLang();
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [link, setLink] = useState<{ url: string; expiresAt: string | null } | null>(null);
  const [make, busy] = useMutation<UsersAdminPageResetLinkMutation>(graphql`
    mutation UsersAdminPageResetLinkMutation($input: PasswordResetLinkInput!) {
      createPasswordResetLink(input: $input) {
        resetLink
        expiresAt
        errors {
          code
          message
          field
        }
      }
    }
  `);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("users.resetLinkNamed", { name: user.name })}
      size="lg"
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <Stack>
        <ErrorAlert errors={errors} />
        {link ? (
          <>
            <OnceSecret
              label={t("users.resetLinkMade", {
                name: user.name,
                time: link.expiresAt ? formatDateTime(link.expiresAt, lang) : "–",
              })}
              value={link.url}
            />
            <Button onClick={onClose} w="fit-content">
              {t("done")}
            </Button>
          </>
        ) : (
          <>
            <Text>{t("users.resetLinkHelp")}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("cancel")}
              </Button>
              <Button
                loading={busy}
                onClick={() =>
                  make({
                    variables: { input: { userId: user.id } },
                    onCompleted: ({ createPasswordResetLink: r }) => {
                      setErrors(r.errors);
                      if (r.errors.length === 0) setLink({ url: r.resetLink ?? "", expiresAt: r.expiresAt ?? null });
                    },
                    onError: () => setErrors(networkError(t("network"))),
                  })
                }
              >
                {t("users.resetLinkMake")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}

function ReactivateUser({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const { t } = useTranslation("admin");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [reactivate, busy] = useMutation<UsersAdminPageReactivateMutation>(graphql`
    mutation UsersAdminPageReactivateMutation($input: UserIdInput!) {
      reactivateUser(input: $input) {
        user {
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
    <Modal
      opened
      onClose={onClose}
      title={t("reactivateNamed", { name: user.name })}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <Stack>
        <ErrorAlert errors={errors} />
        <Text>{t("users.reactivateHelp", { name: user.name, nrk: user.nrk })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button
            loading={busy}
            onClick={() =>
              reactivate({
                variables: { input: { userId: user.id } },
                onCompleted: ({ reactivateUser: r }) => {
                  setErrors(r.errors);
                  if (r.errors.length === 0) onClose();
                },
                onError: () => setErrors(networkError(t("network"))),
              })
            }
          >
            {t("reactivate")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
