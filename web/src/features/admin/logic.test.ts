import { describe, expect, it } from "vitest";
import { auditChanges, fieldErrors } from "./logic";

describe("administration forms: the API's errors beside their fields", () => {
  it("matches the last part of a nested field and keeps the rest for the alert", () => {
    const { byField, general } = fieldErrors(
      [
        { code: "CONFLICT", message: "Kode sudah dipakai.", field: "room.code" },
        { code: "VALIDATION", message: "Kapasitas 1 sampai 10.000.", field: "capacity" },
        { code: "VALIDATION", message: "Kedua.", field: "capacity" },
        { code: "ROOM_IN_USE", message: "Masih dipakai.", field: "future" },
        { code: "FORBIDDEN", message: "Tidak berhak.", field: null },
      ],
      ["code", "capacity"],
    );
    expect(byField).toEqual({ code: "Kode sudah dipakai.", capacity: "Kapasitas 1 sampai 10.000." });
    expect(general.map((e) => e.code)).toEqual(["VALIDATION", "ROOM_IN_USE", "FORBIDDEN"]);
  });
});

describe("audit trail: what an entry changed", () => {
  it("lists only the fields that differ, before and after", () => {
    expect(
      auditChanges({ name: "Dinas A", code: "A", isActive: true }, { name: "Dinas B", code: "A", isActive: true }),
    ).toEqual(['name: "Dinas A" → "Dinas B"']);
  });
  it("shows every field of a create, and a removed field as a dash", () => {
    expect(auditChanges(null, { day: "2027-04-02", reason: "Cuti bersama" })).toEqual([
      'day: "2027-04-02"',
      'reason: "Cuti bersama"',
    ]);
    expect(auditChanges({ locked_until: "2026-12-03T10:00:00" }, {})).toEqual([
      'locked_until: "2026-12-03T10:00:00" → –',
    ]);
  });
});
