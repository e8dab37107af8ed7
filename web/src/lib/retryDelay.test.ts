import { describe, expect, it } from "vitest";
import { retryDelay } from "./retryDelay";

describe("waiting after 429 TOO_MANY_REQUESTS", () => {
  it("honours Retry-After in seconds", () => {
    expect(retryDelay("1", 0, 0, 0)).toBe(1000);
    expect(retryDelay("3", 4, 0, 0)).toBe(3000);
  });
  it("honours Retry-After as an HTTP date", () => {
    const now = Date.parse("2026-12-03T10:00:00Z");
    expect(retryDelay("Thu, 03 Dec 2026 10:00:05 GMT", 0, now, 0)).toBe(5000);
    expect(retryDelay("Thu, 03 Dec 2026 09:59:00 GMT", 0, now, 0)).toBe(0);
  });
  it("backs off exponentially without one, capped at 30 s, plus under 100 ms of jitter", () => {
    expect([0, 1, 2, 3].map((n) => retryDelay(null, n, 0, 0))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelay(null, 10, 0, 0)).toBe(30_000);
    expect(retryDelay("garbage", 1, 0, 0)).toBe(1000);
    expect(retryDelay("600", 0, 0, 0.999)).toBe(30_099);
  });
});
