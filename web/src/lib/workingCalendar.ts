/** Countdown of a task's time standard on the working calendar.
 *
 * The API gives each task its `dueAt` (the standard run out in working minutes) and the working
 * periods of the coming days (`workingPeriods`); the countdown is the working time between now and
 * `dueAt`: it stands still at night, on weekends and holidays, and turns negative once breached. */

export interface Period {
  startsAt: string;
  endsAt: string;
}

const ms = (v: string | number | Date) => (typeof v === "number" ? v : new Date(v).getTime());

/** Working minutes of [from, to) covered by the periods. */
export function workingMinutesBetween(periods: readonly Period[], from: number | string, to: number | string): number {
  const a = ms(from);
  const b = ms(to);
  if (b <= a) return 0;
  let total = 0;
  for (const p of periods) {
    const s = Math.max(a, ms(p.startsAt));
    const e = Math.min(b, ms(p.endsAt));
    if (e > s) total += e - s;
  }
  return total / 60000;
}

/** Remaining working minutes until `dueAt` (negative: minutes overdue). */
export function remainingWorkingMinutes(periods: readonly Period[], dueAt: string, now: number): number {
  const due = ms(dueAt);
  return now <= due ? workingMinutesBetween(periods, now, due) : -workingMinutesBetween(periods, due, now);
}

/** Is `now` inside a working period (does the countdown run)? */
export function isWorkingTime(periods: readonly Period[], now: number): boolean {
  return periods.some((p) => ms(p.startsAt) <= now && now < ms(p.endsAt));
}

/** "2 j 05 m" style parts of a number of minutes (sign dropped). */
export function splitMinutes(minutes: number): { days: number; hours: number; minutes: number } {
  const m = Math.floor(Math.abs(minutes));
  return { days: Math.floor(m / (24 * 60)), hours: Math.floor((m % (24 * 60)) / 60), minutes: m % 60 };
}
