import { describe, expect, it } from "vitest";
import { hashParam } from "./hash";

describe("hashParam", () => {
  it("reads one value of the fragment", () => {
    expect(hashParam("#token=abc-DEF_1", "token")).toBe("abc-DEF_1");
    expect(hashParam("#code=X1&other=2", "code")).toBe("X1");
  });
  it("is null when missing or empty", () => {
    expect(hashParam("", "token")).toBeNull();
    expect(hashParam("#token=", "token")).toBeNull();
    expect(hashParam("#code=1", "token")).toBeNull();
  });
});
