/** Exports of the utilisation report and of the booking list (CSV with a BOM for Excel, XLSX):
 * createExport gives a signed link valid a few minutes; the browser downloads it at once. */

import { Anchor, Button, Group, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { graphql, useMutation } from "react-relay";
import type { ExportsMutation } from "../../__generated__/ExportsMutation.graphql";
import { currentLanguage } from "../../i18n";
import type { UserError } from "../../lib/userErrors";
import { ErrorAlert, networkError } from "../admin/shared";
import type { GroupBy as ReportGroup } from "./UtilisationPage";

type Kind = "UTILISATION" | "BOOKINGS";
type Format = "CSV" | "XLSX";

function download(url: string) {
  const a = document.createElement("a");
  a.href = url;
  a.rel = "noopener";
  a.download = "";
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function Exports({ from, to, groupBy }: { from: string; to: string; groupBy: ReportGroup }) {
  const { t } = useTranslation("analytics");
  const [errors, setErrors] = useState<readonly UserError[]>([]);
  const [last, setLast] = useState<{ url: string; label: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [create] = useMutation<ExportsMutation>(graphql`
    mutation ExportsMutation($input: ExportInput!) {
      createExport(input: $input) {
        url
        expiresAt
        errors {
          code
          message
          field
        }
      }
    }
  `);
  function run(kind: Kind, format: Format) {
    const label = t(`export.${kind}`, { format });
    setBusy(label);
    create({
      variables: { input: { kind, format, from, to, groupBy, lang: currentLanguage() } },
      onCompleted: ({ createExport: r }) => {
        setBusy(null);
        setErrors(r.errors);
        if (r.url) {
          setLast({ url: r.url, label });
          download(r.url);
        }
      },
      onError: () => {
        setBusy(null);
        setErrors(networkError(t("network")));
      },
    });
  }
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {(["UTILISATION", "BOOKINGS"] as const).flatMap((kind) =>
          (["CSV", "XLSX"] as const).map((format) => {
            const label = t(`export.${kind}`, { format });
            return (
              <Button key={label} variant="light" size="sm" loading={busy === label} onClick={() => run(kind, format)}>
                {label}
              </Button>
            );
          }),
        )}
      </Group>
      <ErrorAlert errors={errors} />
      {last && (
        <Text size="sm" role="status">
          {t("export.ready")}{" "}
          <Anchor href={last.url} download>
            {last.label}
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}
