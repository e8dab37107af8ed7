import { describe, expect, it } from "vitest";
import { isWorkingTime, remainingWorkingMinutes, splitMinutes, workingMinutesBetween } from "./workingCalendar";

// Working periods as the API gives them: Thu 3 and Fri 4 Dec 2026, 07:30-16:00 WIB; the weekend
// is closed; Mon 7 Dec again.
const periods = [
  { startsAt: "2026-12-03T07:30:00+07:00", endsAt: "2026-12-03T16:00:00+07:00" },
  { startsAt: "2026-12-04T07:30:00+07:00", endsAt: "2026-12-04T16:00:00+07:00" },
  { startsAt: "2026-12-07T07:30:00+07:00", endsAt: "2026-12-07T16:00:00+07:00" },
];
const at = (iso: string) => new Date(iso).getTime();

describe("the countdown of a time standard on the working calendar", () => {
  it("counts only working time between now and the due time", () => {
    // Thu 15:00 to Fri 09:00: one hour on Thursday, 90 minutes on Friday.
    expect(remainingWorkingMinutes(periods, "2026-12-04T09:00:00+07:00", at("2026-12-03T15:00:00+07:00"))).toBe(150);
  });

  it("stands still outside working hours", () => {
    const due = "2026-12-07T08:30:00+07:00";
    const fridayEvening = remainingWorkingMinutes(periods, due, at("2026-12-04T18:00:00+07:00"));
    const sundayNoon = remainingWorkingMinutes(periods, due, at("2026-12-06T12:00:00+07:00"));
    expect(fridayEvening).toBe(60);
    expect(sundayNoon).toBe(60);
    expect(isWorkingTime(periods, at("2026-12-06T12:00:00+07:00"))).toBe(false);
    expect(isWorkingTime(periods, at("2026-12-04T09:00:00+07:00"))).toBe(true);
  });

  it("runs down minute by minute during working hours", () => {
    const due = "2026-12-03T12:00:00+07:00";
    expect(remainingWorkingMinutes(periods, due, at("2026-12-03T11:00:00+07:00"))).toBe(60);
    expect(remainingWorkingMinutes(periods, due, at("2026-12-03T11:01:00+07:00"))).toBe(59);
  });

  it("turns negative once breached, in working minutes overdue", () => {
    // Due Thu 15:30; now Fri 08:00: 30 minutes Thursday + 30 minutes Friday.
    expect(remainingWorkingMinutes(periods, "2026-12-03T15:30:00+07:00", at("2026-12-04T08:00:00+07:00"))).toBe(-60);
  });

  it("adds up partial overlaps only", () => {
    expect(workingMinutesBetween(periods, "2026-12-03T06:00:00+07:00", "2026-12-03T08:00:00+07:00")).toBe(30);
    expect(workingMinutesBetween(periods, "2026-12-03T08:00:00+07:00", "2026-12-03T06:00:00+07:00")).toBe(0);
  });

  it("splits minutes into days, hours and minutes", () => {
    expect(splitMinutes(-125)).toEqual({ days: 0, hours: 2, minutes: 5 });
    expect(splitMinutes(24 * 60 + 61.7)).toEqual({ days: 1, hours: 1, minutes: 1 });
  });
});
