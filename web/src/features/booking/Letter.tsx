import { Button, Card, Group, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchQuery, graphql, useFragment, useRelayEnvironment } from "react-relay";
import type { Letter_booking$key } from "../../__generated__/Letter_booking.graphql";
import type { LetterUrlQuery } from "../../__generated__/LetterUrlQuery.graphql";

const urlQuery = graphql`
  query LetterUrlQuery($id: ID!) {
    node(id: $id) {
      ... on Booking {
        letter {
          downloadUrl
        }
      }
    }
  }
`;

/** The request letter: a preview in the page, or a download, each through a fresh short-lived
 * link (the links expire after a few minutes). */
export function Letter({ booking }: { booking: Letter_booking$key }) {
  const { t } = useTranslation("booking");
  const environment = useRelayEnvironment();
  const b = useFragment(
    graphql`
      fragment Letter_booking on Booking {
        id
        reference
        letter {
          contentType
          size
        }
      }
    `,
    booking,
  );
  const [preview, setPreview] = useState<string | null>(null);
  if (!b.letter) return null;
  const letter = b.letter;
  const fresh = async () => {
    const data = await fetchQuery<LetterUrlQuery>(environment, urlQuery, { id: b.id }).toPromise();
    return data?.node?.letter?.downloadUrl ?? null;
  };
  const isPdf = letter.contentType === "application/pdf";
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t("letter.title")}
      </Title>
      <Text size="sm" c="dimmed">
        {isPdf ? "PDF" : letter.contentType.replace("image/", "").toUpperCase()} · {Math.ceil(letter.size / 1024)} KB
      </Text>
      <Group mt="xs">
        <Button
          size="xs"
          variant="light"
          onClick={async () => setPreview(preview ? null : await fresh())}
          aria-expanded={preview !== null}
        >
          {preview ? t("letter.hide") : t("letter.preview")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={async () => {
            const url = await fresh();
            if (!url) return;
            const a = document.createElement("a");
            a.href = url;
            a.download = `${b.reference}`;
            a.rel = "noopener";
            document.body.appendChild(a);
            a.click();
            a.remove();
          }}
        >
          {t("letter.download")}
        </Button>
      </Group>
      {preview &&
        (isPdf ? (
          <iframe
            src={preview}
            title={t("letter.title")}
            style={{ width: "100%", height: 480, border: 0, marginTop: 8 }}
          />
        ) : (
          <img src={preview} alt={t("letter.title")} style={{ maxWidth: "100%", marginTop: 8 }} />
        ))}
    </Card>
  );
}
