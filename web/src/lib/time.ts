/** Times of the service are shown in Asia/Jakarta (WIB, UTC+07:00, no daylight saving) whatever the
 * browser's own zone; times typed in forms are read as Jakarta times. */

export const OFFICE_TZ = "Asia/Jakarta";
const OFFSET = "+07:00";

type Lang = "id" | "en";
const locale = (lang: Lang) => (lang === "en" ? "en-GB" : "id-ID");

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: OFFICE_TZ, ...options });
    cache.set(key, f);
  }
  return f;
}

const toDate = (v: string | Date | number) => (v instanceof Date ? v : new Date(v));

/** "Rabu, 2 Desember 2026" / "Wednesday, 2 December 2026". */
export function formatDate(value: string | Date | number, lang: Lang = "id"): string {
  return fmt(lang, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(toDate(value));
}

/** "09.00" (id) / "09:00" (en): 24-hour clock, Jakarta. */
export function formatTime(value: string | Date | number, lang: Lang = "id"): string {
  return fmt(lang, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(toDate(value));
}

/** "2 Des 2026 09.00" / "2 Dec 2026 09:00". */
export function formatDateTime(value: string | Date | number, lang: Lang = "id"): string {
  return fmt(lang, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(toDate(value));
}

/** "09.00–11.00" on one day. */
export function formatRange(startsAt: string, endsAt: string, lang: Lang = "id"): string {
  return `${formatDate(startsAt, lang)}, ${formatTime(startsAt, lang)}–${formatTime(endsAt, lang)} WIB`;
}

/** The Jakarta calendar date (YYYY-MM-DD) of an instant. */
export function jakartaDate(value: string | Date | number = Date.now()): string {
  const parts = fmt("en", { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(toDate(value));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The Jakarta wall-clock time (HH:MM) of an instant. */
export function jakartaTime(value: string | Date | number): string {
  return formatTime(value, "en");
}

/** A date (YYYY-MM-DD) and a time (HH:MM) typed in a form, as an ISO instant at +07:00. */
export function jakartaIso(date: string, time: string): string {
  return `${date}T${time.slice(0, 5)}:00${OFFSET}`;
}

/** Minutes since Jakarta midnight of an instant (for placing it on a day view). */
export function jakartaMinutes(value: string | Date | number): number {
  const [h, m] = jakartaTime(value).split(":").map(Number);
  return h * 60 + m;
}

/** Add days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
