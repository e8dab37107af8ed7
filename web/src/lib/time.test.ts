import { describe, expect, it } from "vitest";
import { addDays, formatDateTime, formatRange, formatTime, jakartaDate, jakartaIso, jakartaMinutes } from "./time";

describe("times in Asia/Jakarta whatever the runtime's zone", () => {
  // 2026-12-02 02:30 UTC is 09:30 in Jakarta; late UTC evening is the next Jakarta day.
  it("shows the Jakarta wall clock", () => {
    expect(formatTime("2026-12-02T02:30:00Z", "en")).toBe("09:30");
    expect(formatTime("2026-12-02T02:30:00+00:00", "id")).toBe("09.30");
    expect(formatTime("2026-12-02T09:30:00+07:00", "en")).toBe("09:30");
  });

  it("puts an instant on its Jakarta date", () => {
    expect(jakartaDate("2026-12-02T18:00:00Z")).toBe("2026-12-03");
    expect(jakartaDate("2026-12-02T16:59:00Z")).toBe("2026-12-02");
  });

  it("reads typed dates and times as Jakarta time", () => {
    expect(jakartaIso("2026-12-02", "09:00")).toBe("2026-12-02T09:00:00+07:00");
    expect(new Date(jakartaIso("2026-12-02", "09:00")).toISOString()).toBe("2026-12-02T02:00:00.000Z");
    expect(jakartaMinutes("2026-12-02T02:15:00Z")).toBe(9 * 60 + 15);
  });

  it("formats ranges and date-times in both languages", () => {
    expect(formatRange("2026-12-02T02:00:00Z", "2026-12-02T04:00:00Z", "en")).toBe(
      "Wednesday, 2 December 2026, 09:00–11:00 WIB",
    );
    expect(formatRange("2026-12-02T02:00:00Z", "2026-12-02T04:00:00Z", "id")).toBe(
      "Rabu, 2 Desember 2026, 09.00–11.00 WIB",
    );
    expect(formatDateTime("2026-12-31T17:30:00Z", "en")).toBe("1 Jan 2027, 00:30");
  });

  it("adds days across months and years", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
});
