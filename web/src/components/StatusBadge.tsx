import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, string> = {
  SUBMITTED: "blue",
  REVISION_REQUESTED: "orange",
  EQUIPMENT_REVIEW: "cyan",
  AWAITING_REQUESTER: "orange",
  VALIDATION: "indigo",
  SCHEDULING: "violet",
  APPROVED: "green",
  RESCHEDULE_REQUIRED: "red",
  COMPLETED: "teal",
  REPORTED: "gray",
  NO_SHOW: "gray",
  REJECTED: "red",
  CANCELLED: "gray",
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    // Dark text on the light tint: readable (AA) whatever the status colour.
    <Badge
      color={COLORS[status] ?? "gray"}
      variant="light"
      style={{ textTransform: "none", color: "var(--mantine-color-dark-8)" }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
