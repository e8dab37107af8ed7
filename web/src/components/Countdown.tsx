import { Badge, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isWorkingTime, type Period, remainingWorkingMinutes, splitMinutes } from "../lib/workingCalendar";

/** What remains of a time standard, in working time; red once breached. */
export function Countdown({ dueAt, periods, now }: { dueAt: string; periods: readonly Period[]; now: number }) {
  const { t } = useTranslation("home");
  const left = remainingWorkingMinutes(periods, dueAt, now);
  const { days, hours, minutes } = splitMinutes(left);
  const hoursTotal = days * 24 + hours;
  const span = hoursTotal > 0 ? t("countdown.hm", { h: hoursTotal, m: minutes }) : t("countdown.m", { m: minutes });
  const running = isWorkingTime(periods, now);
  if (left <= 0) {
    return (
      <Badge color="red" variant="filled" style={{ textTransform: "none" }}>
        {t("countdown.breached", { span })}
      </Badge>
    );
  }
  return (
    <Text size="sm" c={left < 60 ? "red.9" : undefined} fw={left < 60 ? 600 : undefined} component="span">
      {t("countdown.left", { span })}
      {!running && <> · {t("countdown.paused")}</>}
    </Text>
  );
}
