/** Join the waitlist of a taken slot (/waitlist/join?roomId=&startsAt=&endsAt=, from the request
 * form after ROOM_UNAVAILABLE): the same request, kept until the slot frees. */

import {
  Alert,
  Anchor,
  Button,
  FileInput,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useLazyLoadQuery, useMutation } from "react-relay";
import { Link, useSearchParams } from "react-router";
import type { WaitlistJoinPageMutation } from "../../__generated__/WaitlistJoinPageMutation.graphql";
import type { WaitlistJoinPageQuery } from "../../__generated__/WaitlistJoinPageQuery.graphql";
import { formatRange } from "../../lib/time";

export default function WaitlistJoinPage() {
  const { t, i18n } = useTranslation("waitlist");
  const lang = i18n.language === "en" ? "en" : "id";
  const [params] = useSearchParams();
  const roomId = params.get("roomId") ?? "";
  const startsAt = params.get("startsAt") ?? "";
  const endsAt = params.get("endsAt") ?? "";
  const data = useLazyLoadQuery<WaitlistJoinPageQuery>(
    graphql`
      query WaitlistJoinPageQuery($id: ID!) {
        node(id: $id) {
          ... on Room {
            name
            code
          }
        }
      }
    `,
    { id: roomId },
  );
  const [title, setTitle] = useState("");
  const [purpose, setPurpose] = useState("");
  const [participants, setParticipants] = useState<number | string>(10);
  const [letter, setLetter] = useState<File | null>(null);
  const [key] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [joined, setJoined] = useState(false);
  const [join, joining] = useMutation<WaitlistJoinPageMutation>(graphql`
    mutation WaitlistJoinPageMutation($input: JoinWaitlistInput!) {
      joinWaitlist(input: $input) {
        replayed
        entry {
          id
          status
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
    join({
      variables: {
        input: {
          idempotencyKey: key,
          roomId,
          startsAt,
          endsAt,
          title,
          purpose,
          participants: Number(participants) || 0,
          letter: letter as File,
          equipment: [],
        },
      },
      onCompleted: ({ joinWaitlist: r }) => {
        setErrors(Object.fromEntries(r.errors.map((x) => [x.field ?? "form", x.message])));
        if (r.entry) setJoined(true);
      },
      onError: () => setErrors({ form: t("failed") }),
    });
  }

  return (
    <Stack maw={720}>
      <Title order={1}>{t("joinTitle")}</Title>
      <Paper withBorder p="md">
        <Text fw={600}>{data.node?.name ?? t("unknownRoom")}</Text>
        {startsAt && endsAt && <Text>{formatRange(startsAt, endsAt, lang)}</Text>}
        <Text size="sm">{t("joinIntro")}</Text>
      </Paper>
      {joined ? (
        <Alert color="green" variant="outline" role="status" title={t("joined")}>
          <Anchor component={Link} to="/waitlist">
            {t("seeList")}
          </Anchor>
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <TextInput
              label={t("titleField")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              required
            />
            <Textarea
              label={t("purpose")}
              value={purpose}
              onChange={(e) => setPurpose(e.currentTarget.value)}
              error={errors.purpose}
              required
            />
            <NumberInput
              label={t("participants")}
              value={participants}
              min={1}
              onChange={setParticipants}
              error={errors.participants}
              w={200}
            />
            <FileInput
              label={t("letter")}
              accept="application/pdf,image/jpeg,image/png"
              value={letter}
              onChange={setLetter}
              error={errors.letter}
              w={360}
              required
            />
            {(errors.form || errors.startsAt || errors.roomId) && (
              <Alert color="red" role="alert">
                {errors.form ?? errors.startsAt ?? errors.roomId}
              </Alert>
            )}
            <Button type="submit" loading={joining} disabled={!letter || !title || !purpose} w="fit-content">
              {t("join")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
