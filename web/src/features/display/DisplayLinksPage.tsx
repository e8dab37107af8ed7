/** ADMIN: make, list and revoke the door-display links of a room. */

import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import type { DisplayLinksPageCreateMutation } from "../../__generated__/DisplayLinksPageCreateMutation.graphql";
import type { DisplayLinksPageLinksQuery } from "../../__generated__/DisplayLinksPageLinksQuery.graphql";
import type { DisplayLinksPageQuery } from "../../__generated__/DisplayLinksPageQuery.graphql";
import type { DisplayLinksPageRevokeMutation } from "../../__generated__/DisplayLinksPageRevokeMutation.graphql";
import { formatDateTime } from "../../lib/time";
import { PageLoader } from "../../shell/PageLoader";

function Links({ roomId, fetchKey }: { roomId: string; fetchKey: number }) {
  const { t, i18n } = useTranslation("display");
  const lang = i18n.language === "en" ? "en" : "id";
  const data = useLazyLoadQuery<DisplayLinksPageLinksQuery>(
    graphql`
      query DisplayLinksPageLinksQuery($roomId: ID!) {
        roomDisplayLinks(roomId: $roomId) {
          id
          label
          active
          createdAt
          revokedAt
        }
      }
    `,
    { roomId },
    { fetchPolicy: "network-only", fetchKey },
  );
  const [revoke, revoking] = useMutation<DisplayLinksPageRevokeMutation>(graphql`
    mutation DisplayLinksPageRevokeMutation($input: RevokeRoomDisplayLinkInput!) {
      revokeRoomDisplayLink(input: $input) {
        link {
          id
          active
          revokedAt
        }
        errors {
          code
          message
        }
      }
    }
  `);
  if (data.roomDisplayLinks.length === 0) return <Text c="gray.7">{t("links.none")}</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("links.label")}</Table.Th>
          <Table.Th>{t("links.active")}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {data.roomDisplayLinks.map((link) => (
          <Table.Tr key={link.id}>
            <Table.Td>
              {link.label || t("links.noLabel")}
              <Text size="xs" c="gray.7">
                {t("links.createdAt", { at: formatDateTime(link.createdAt, lang) })}
              </Text>
            </Table.Td>
            <Table.Td>
              {link.active ? (
                <Text fw={700}>{t("links.active")}</Text>
              ) : (
                <Text size="sm">{t("links.revokedAt", { at: formatDateTime(link.revokedAt ?? "", lang) })}</Text>
              )}
            </Table.Td>
            <Table.Td>
              {link.active && (
                <Button
                  color="red.9"
                  variant="outline"
                  size="xs"
                  loading={revoking}
                  aria-label={`${t("links.revoke")} ${link.label}`}
                  onClick={() => {
                    if (window.confirm(t("links.revokeConfirm"))) {
                      revoke({ variables: { input: { linkId: link.id } } });
                    }
                  }}
                >
                  {t("links.revoke")}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export default function DisplayLinksPage() {
  const { t } = useTranslation("display");
  const rooms = useLazyLoadQuery<DisplayLinksPageQuery>(
    graphql`
      query DisplayLinksPageQuery {
        rooms(first: 100) {
          edges {
            node {
              id
              code
              name
            }
          }
        }
      }
    `,
    {},
  );
  const [roomId, setRoomId] = useState<string | null>(rooms.rooms.edges[0]?.node.id ?? null);
  const [label, setLabel] = useState("");
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fetchKey, setFetchKey] = useState(0);
  const [create, creating] = useMutation<DisplayLinksPageCreateMutation>(graphql`
    mutation DisplayLinksPageCreateMutation($input: CreateRoomDisplayLinkInput!) {
      createRoomDisplayLink(input: $input) {
        url
        token
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
    if (!roomId) return;
    setError(null);
    create({
      variables: { input: { roomId, label } },
      onCompleted: ({ createRoomDisplayLink: r }) => {
        if (r.errors.length) setError(r.errors[0].message);
        else {
          // The page's address on this origin (the API's url may name another host behind a proxy).
          setMade(`${window.location.origin}/display/${r.token}`);
          setLabel("");
          setFetchKey((k) => k + 1);
        }
      },
      onError: () => setError(t("offline")),
    });
  }

  return (
    <Stack maw={900}>
      <Title order={1}>{t("links.title")}</Title>
      <Text>{t("links.intro")}</Text>
      <form onSubmit={submit}>
        <Group align="end">
          <Select
            label={t("links.room")}
            data={rooms.rooms.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }))}
            value={roomId}
            onChange={(v) => {
              setRoomId(v);
              setMade(null);
            }}
            searchable
            allowDeselect={false}
            w={320}
          />
          <TextInput
            label={t("links.label")}
            value={label}
            maxLength={100}
            onChange={(e) => setLabel(e.currentTarget.value)}
          />
          <Button type="submit" loading={creating} disabled={!roomId}>
            {t("links.create")}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {made && (
        <Paper withBorder p="md" role="status">
          <Text fw={700} mb="xs">
            {t("links.created")}
          </Text>
          <Group>
            <Text ff="monospace" size="sm" style={{ wordBreak: "break-all" }} data-testid="display-url">
              {made}
            </Text>
            <CopyButton value={made}>
              {({ copied, copy }) => (
                <Button size="xs" variant="default" onClick={copy}>
                  {copied ? t("links.copied") : t("links.copy")}
                </Button>
              )}
            </CopyButton>
            <Anchor href={made} target="_blank" rel="noreferrer">
              {t("links.open")}
            </Anchor>
          </Group>
        </Paper>
      )}
      {roomId && (
        <Suspense fallback={<PageLoader />}>
          <Links roomId={roomId} fetchKey={fetchKey} />
        </Suspense>
      )}
    </Stack>
  );
}
