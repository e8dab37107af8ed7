/** The event report as a PDF for leadership (SOP step 10, issue #17): a link once the worker has
 * rendered it, its state before. */

import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function ReportDocumentLink({
  document,
  title,
}: {
  document: { readonly status: string; readonly url?: string | null } | null | undefined;
  title: string;
}) {
  const { t } = useTranslation("after");
  if (!document) return null;
  if (document.status === "READY" && document.url) {
    return (
      <Anchor href={document.url} target="_blank" rel="noopener" download>
        {t("pdf.download", { title })}
      </Anchor>
    );
  }
  return (
    <Text size="sm" c="gray.7">
      {t(`pdf.${document.status === "FAILED" ? "failed" : "pending"}`)}
    </Text>
  );
}
