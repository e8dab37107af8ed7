/** SOP step 10 on a booking: event photos (presigned POST when the store is S3, multipart
 * otherwise, with progress), their renditions once ready, then the narrative and the report. */

import { Alert, Anchor, Button, FileInput, Group, Paper, Progress, Stack, Text, Textarea, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { commitMutation, graphql, useLazyLoadQuery, useMutation, useRelayEnvironment } from "react-relay";
import { Link, useParams } from "react-router";
import type { ConcreteRequest } from "relay-runtime";
import type { EventReportPageConfirmMutation } from "../../__generated__/EventReportPageConfirmMutation.graphql";
import type { EventReportPageCreateUploadMutation } from "../../__generated__/EventReportPageCreateUploadMutation.graphql";
import type { EventReportPageQuery } from "../../__generated__/EventReportPageQuery.graphql";
import type { EventReportPageSubmitMutation } from "../../__generated__/EventReportPageSubmitMutation.graphql";
import type { EventReportPageUploadMutation$data } from "../../__generated__/EventReportPageUploadMutation.graphql";
import { formatDateTime, formatRange } from "../../lib/time";
import { graphqlMultipart, postForm } from "../../lib/uploadWithProgress";
import { PhotoThumb } from "./PhotoThumb";

const uploadMutation = graphql`
  mutation EventReportPageUploadMutation($input: UploadEventPhotoInput!) {
    uploadEventPhoto(input: $input) {
      photo {
        id
        status
      }
      errors {
        code
        message
      }
    }
  }
`;
const createUpload = graphql`
  mutation EventReportPageCreateUploadMutation($input: CreatePhotoUploadInput!) {
    createPhotoUpload(input: $input) {
      photo {
        id
      }
      upload {
        url
        fields {
          name
          value
        }
      }
      errors {
        code
        message
      }
    }
  }
`;
const confirmUpload = graphql`
  mutation EventReportPageConfirmMutation($input: ConfirmPhotoUploadInput!) {
    confirmPhotoUpload(input: $input) {
      photo {
        id
        status
      }
      errors {
        code
        message
      }
    }
  }
`;

interface Sending {
  name: string;
  fraction: number;
  error?: string;
}

export default function EventReportPage() {
  const { bookingId = "" } = useParams();
  const { t, i18n } = useTranslation("reports");
  const lang = i18n.language === "en" ? "en" : "id";
  const environment = useRelayEnvironment();
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<EventReportPageQuery>(
    graphql`
      query EventReportPageQuery($id: ID!) {
        photoUploadOptions {
          direct
          maxBytes
          maxPhotosPerBooking
          contentTypes
        }
        node(id: $id) {
          ... on Booking {
            id
            reference
            title
            status
            startsAt
            endsAt
            availableActions
            room {
              name
            }
            photos {
              id
              status
              ...PhotoThumb_photo
            }
            report {
              narrative
              reportedAt
              reportedBy {
                name
              }
            }
          }
        }
      }
    `,
    { id: bookingId },
    { fetchPolicy: "store-and-network", fetchKey },
  );
  const booking = data.node;
  const options = data.photoUploadOptions;
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState<Sending[]>([]);
  const [narrative, setNarrative] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submit, submitting] = useMutation<EventReportPageSubmitMutation>(graphql`
    mutation EventReportPageSubmitMutation($input: SubmitEventReportInput!) {
      submitEventReport(input: $input) {
        booking {
          id
          status
          availableActions
          report {
            narrative
            reportedAt
            reportedBy {
              name
            }
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

  // Photos are processed on the worker: look again every 2 s while any is still processing.
  const processing = booking?.photos?.some((p) => p.status === "PROCESSING" || p.status === "UPLOADING");
  useEffect(() => {
    if (!processing) return;
    const timer = setTimeout(() => setFetchKey((k) => k + 1), 2000);
    return () => clearTimeout(timer);
  }, [processing]);

  if (!booking?.id) return <Alert color="red">{t("notFound")}</Alert>;
  const id = booking.id;

  function mutate<T extends { response: unknown; variables: unknown }>(
    mutation: Parameters<typeof commitMutation>[1]["mutation"],
    variables: T["variables"],
  ): Promise<T["response"]> {
    return new Promise((resolve, reject) => {
      commitMutation(environment, {
        mutation,
        variables: variables as Record<string, unknown>,
        onCompleted: (r) => resolve(r as T["response"]),
        onError: reject,
      });
    });
  }

  async function sendOne(file: File, index: number) {
    const progress = (fraction: number) => setSending((s) => s.map((x, i) => (i === index ? { ...x, fraction } : x)));
    const fail = (error: string) => setSending((s) => s.map((x, i) => (i === index ? { ...x, error } : x)));
    try {
      if (options.direct) {
        const created = await mutate<EventReportPageCreateUploadMutation>(createUpload, {
          input: { bookingId: id, contentType: file.type, size: file.size },
        });
        const c = created.createPhotoUpload;
        if (!c.upload || !c.photo) return fail(c.errors[0]?.message ?? t("uploadFailed"));
        await postForm(c.upload.url, c.upload.fields, file, progress);
        const confirmed = await mutate<EventReportPageConfirmMutation>(confirmUpload, {
          input: { photoId: c.photo.id },
        });
        if (confirmed.confirmPhotoUpload.errors.length) return fail(confirmed.confirmPhotoUpload.errors[0].message);
      } else {
        const result = await graphqlMultipart<EventReportPageUploadMutation$data>(
          uploadMutation as ConcreteRequest,
          { input: { bookingId: id, photo: null } },
          { "variables.input.photo": file },
          progress,
        );
        if (result.uploadEventPhoto.errors.length) return fail(result.uploadEventPhoto.errors[0].message);
      }
      progress(1);
    } catch {
      fail(t("uploadFailed"));
    }
  }

  async function upload() {
    const chosen = files;
    setSending(chosen.map((f) => ({ name: f.name, fraction: 0 })));
    setFiles([]);
    await Promise.all(chosen.map((f, i) => sendOne(f, i)));
    setFetchKey((k) => k + 1);
  }

  function report() {
    setFieldError(null);
    setFormError(null);
    submit({
      variables: { input: { bookingId: id, narrative } },
      onCompleted: ({ submitEventReport: r }) => {
        const error = r.errors[0];
        if (!error) return;
        if (error.field === "narrative") setFieldError(error.message);
        else setFormError(error.message);
      },
      onError: () => setFormError(t("network")),
    });
  }

  const tooBig = files.find((f) => f.size > options.maxBytes);
  const canReport = booking.availableActions?.includes("REPORT") ?? false;
  const photos = booking.photos ?? [];
  return (
    <Stack maw={900}>
      <Anchor component={Link} to={`/bookings/${id}`}>
        ← {booking.reference}
      </Anchor>
      <Title order={1}>{t("title")}</Title>
      <Text>
        {booking.title} · {booking.room?.name} ·{" "}
        {booking.startsAt && booking.endsAt && formatRange(booking.startsAt, booking.endsAt, lang)}
      </Text>

      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h3">
            {t("photos")}
          </Title>
          <Text size="sm">
            {t("photoHelp", {
              mb: Math.round(options.maxBytes / 1024 / 1024),
              max: options.maxPhotosPerBooking,
              count: photos.length,
            })}
          </Text>
          <Group align="end">
            <FileInput
              label={t("choose")}
              multiple
              accept={options.contentTypes.join(",")}
              value={files}
              onChange={setFiles}
              clearable
              w={360}
              error={tooBig ? t("tooBig", { name: tooBig.name }) : undefined}
            />
            <Button onClick={() => void upload()} disabled={files.length === 0 || !!tooBig}>
              {t("upload")}
            </Button>
          </Group>
          {sending.map((s) => (
            <Stack key={s.name} gap={2}>
              <Text size="sm">{s.name}</Text>
              {s.error ? (
                <Alert color="red" role="alert">
                  {s.error}
                </Alert>
              ) : (
                <Progress value={Math.round(s.fraction * 100)} aria-label={t("progress", { name: s.name })} />
              )}
            </Stack>
          ))}
          <Group aria-live="polite">
            {photos.length === 0 && <Text c="gray.7">{t("noPhotos")}</Text>}
            {photos.map((p, i) => (
              <PhotoThumb key={p.id} photo={p} alt={t("photoAlt", { n: i + 1, title: booking.title })} />
            ))}
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        {booking.report ? (
          <Stack gap="xs">
            <Title order={2} size="h3">
              {t("sent")}
            </Title>
            <Text>{booking.report.narrative}</Text>
            <Text size="sm" c="gray.7">
              {formatDateTime(booking.report.reportedAt, lang)} WIB · {booking.report.reportedBy?.name}
            </Text>
          </Stack>
        ) : (
          <Stack>
            <Title order={2} size="h3">
              {t("narrative")}
            </Title>
            <Textarea
              label={t("narrativeLabel")}
              description={t("narrativeHelp")}
              styles={{ description: { color: "var(--mantine-color-gray-7)" } }}
              autosize
              minRows={4}
              value={narrative}
              onChange={(e) => setNarrative(e.currentTarget.value)}
              error={fieldError}
            />
            {formError && (
              <Alert color="red" role="alert">
                {formError}
              </Alert>
            )}
            {!canReport && <Text size="sm">{t("notYet")}</Text>}
            <Button onClick={report} loading={submitting} disabled={!canReport || !narrative.trim()} w="fit-content">
              {t("submit")}
            </Button>
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
