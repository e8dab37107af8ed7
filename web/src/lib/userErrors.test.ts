import { describe, expect, it } from "vitest";
import { fieldName, splitErrors } from "./userErrors";

describe("typed errors beside their fields", () => {
  it("puts named fields beside the field and the rest above the form", () => {
    const { byField, general } = splitErrors(
      [
        { code: "VALIDATION", message: "Judul wajib diisi.", field: "title" },
        { code: "RULE_VIOLATED", message: "Di luar jam.", field: "input.startsAt" },
        { code: "ROOM_UNAVAILABLE", message: "Ruangan sudah dipesan.", field: null },
        { code: "VALIDATION", message: "?", field: "unknownField" },
      ],
      ["title", "startsAt", "letter"],
    );
    expect(byField).toEqual({ title: "Judul wajib diisi.", startsAt: "Di luar jam." });
    expect(general.map((e) => e.code)).toEqual(["ROOM_UNAVAILABLE", "VALIDATION"]);
  });

  it("reads nested field paths", () => {
    expect(fieldName("equipment.0.quantity")).toBe("equipment");
    expect(fieldName("input.letter")).toBe("letter");
  });
});
