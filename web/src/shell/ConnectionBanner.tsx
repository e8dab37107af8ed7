import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useConnection } from "../relay/connection";

/** Says when the API or the live connection cannot be reached (role=status: read out politely). */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const c = useConnection();
  let text: string | null = null;
  let color = "yellow";
  if (!c.browserOnline) {
    text = t("connection.offline");
    color = "red";
  } else if (c.api === "down") {
    text = t("connection.apiDown");
    color = "red";
  } else if (c.live === "down") {
    text = t("connection.liveDown");
  }
  return (
    <div role="status" aria-live="polite">
      {text && (
        <Alert color={color} variant="filled" radius={0} data-testid="connection-banner">
          {text}
        </Alert>
      )}
    </div>
  );
}
