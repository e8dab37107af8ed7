/** Every page of this part of the app: an axe scan (no serious or critical violations), the main
 * flows at 360 px, and screenshots (Indonesian and English, desktop and phone) under
 * test-results/screens/ for the CI artefacts. */

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, USERS } from "./fixtures";
import { expectStatus, fillRequest, jakartaDay, uniqueTitle } from "./helpers";

async function scan(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
}

/** A booking of the requester's agency, made through the form, for the detail page. */
async function makeBooking(page: Page, room: string, days: number): Promise<string> {
  await page.goto("/requests/new");
  await fillRequest(page, {
    room,
    date: jakartaDay(days),
    start: "14:00",
    end: "15:00",
    title: uniqueTitle("Rapat Halaman"),
    equipment: [{ name: "Proyektor", quantity: 1 }],
  });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expectStatus(page, "Diajukan");
  return new URL(page.url()).pathname;
}

test("no serious or critical accessibility violations on any page", async ({ page, as }) => {
  test.setTimeout(240_000); // eleven pages and dialogs, each scanned (~40 s alone, more on a busy machine)
  await page.goto("/login");
  await scan(page, "login");
  const requester = await as(USERS.requester);
  await expect(requester.page.getByRole("heading", { level: 1 })).toBeVisible();
  await scan(requester.page, "home requester");
  const bookingPath = await makeBooking(requester.page, "Ruang Rapat Asisten Pemerintahan", 16);
  await scan(requester.page, "booking detail");
  for (const [path, name] of [
    [`/rooms?date=${jakartaDay(16)}`, "day view"],
    ["/rooms/search?date=2026-12-24&start=09:00&end=11:00&capacity=20&equipment=[]", "free rooms"],
    ["/requests/new", "request form"],
  ]) {
    await requester.page.goto(path);
    await expect(requester.page.getByRole("heading", { level: 1 })).toBeVisible();
    await requester.page.waitForLoadState("networkidle");
    await scan(requester.page, name);
  }
  await requester.page.goto(`/rooms?date=${jakartaDay(16)}`);
  await requester.page.getByRole("rowheader").first().getByRole("link").click();
  await expect(requester.page.getByRole("heading", { name: "Aturan peminjaman" })).toBeVisible();
  await scan(requester.page, "room detail");
  for (const nrk of [USERS.officer, USERS.equipmentHead, USERS.leadership, USERS.admin]) {
    const { page: p } = await as(nrk);
    await expect(p.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await scan(p, `home ${nrk}`);
  }
  const officer = await as(USERS.officer, { path: bookingPath });
  await officer.page.getByRole("button", { name: "Minta perbaikan" }).click();
  await expect(officer.page.getByRole("dialog")).toBeVisible();
  await scan(officer.page, "action dialog");
});

test("the main flows at 360 px: home, rooms, a request and its page", async ({ as }) => {
  const viewport = { width: 360, height: 740 };
  const { page } = await as(USERS.requester, { viewport });
  const fits = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await fits();
  // The navigation sits behind the menu button.
  await page.getByRole("button", { name: "Buka menu" }).click();
  await page.getByRole("navigation").getByRole("link", { name: "Ruangan" }).click();
  await expect(page.getByRole("heading", { name: "Jadwal ruangan" })).toBeVisible();
  await fits(); // the day view scrolls inside its own box
  await page.goto("/requests/new");
  const title = uniqueTitle("Rapat dari ponsel");
  await fillRequest(page, {
    room: "Ruang Rapat Asisten Perekonomian",
    date: jakartaDay(17),
    start: "08:00",
    end: "09:30",
    title,
  });
  await fits();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await fits();
  const officer = await as(USERS.officer, { viewport });
  await expect(officer.page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await officer.page.getByRole("link", { name: new RegExp(title) }).click();
  await officer.page.getByRole("button", { name: "Verifikasi" }).click();
  await officer.page.getByRole("dialog").getByRole("button", { name: "Verifikasi" }).click();
  await expectStatus(officer.page, "Validasi");
  await expect(await officer.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("screenshots of the main pages, Indonesian and English, desktop and phone", async ({ as }) => {
  test.setTimeout(240_000);
  const { page } = await as(USERS.requester);
  const bookingPath = await makeBooking(page, "Ruang Rapat Asisten Pembangunan", 18);
  const date = jakartaDay(18);
  const shots: Array<[string, string, string]> = [
    [USERS.requester, "/", "home-requester"],
    [USERS.officer, "/", "home-officer"],
    [USERS.serviceHead, "/", "home-service-head"],
    [USERS.equipmentHead, "/", "home-equipment-head"],
    [USERS.leadership, "/", "home-leadership"],
    [USERS.admin, "/", "home-admin"],
    [USERS.requester, `/rooms?date=${date}`, "day-view"],
    [USERS.requester, "/requests/new", "request-form"],
    [USERS.officer, bookingPath, "booking-detail"],
  ];
  for (const language of ["id", "en"] as const) {
    for (const [device, viewport] of [
      ["desktop", { width: 1280, height: 800 }],
      ["phone", { width: 360, height: 740 }],
    ] as const) {
      for (const [nrk, path, name] of shots) {
        const { page: p, context } = await as(nrk, { path, language, viewport });
        await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
        await p.waitForLoadState("networkidle");
        await p.screenshot({ path: `test-results/screens/${name}-${language}-${device}.png`, fullPage: true });
        await context.close();
      }
    }
  }
});
