/** Live pages: a booking made in one browser appears in another's day view without a reload. */

import { expect, test, USERS } from "./fixtures";
import { expectStatus, fillRequest, jakartaDay, uniqueTitle } from "./helpers";

test("a booking made in one browser appears in another's day view without a reload", async ({ as }) => {
  const date = jakartaDay(14);
  // Another agency's operator watches the day; the officer too (who sees the titles).
  const watcher = await as(USERS.requester2, { path: `/rooms?date=${date}` });
  const officer = await as(USERS.officer, { path: `/rooms?date=${date}` });
  const row = (page: typeof watcher.page) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Ruang Rapat Blok H Lantai 2/ }) });
  await expect(row(watcher.page)).toBeVisible();
  await expect(row(watcher.page).getByText(/Dinas Komunikasi/)).toHaveCount(0);
  let navigations = 0;
  watcher.page.on("framenavigated", () => navigations++);

  const title = uniqueTitle("Rapat Evaluasi");
  const { page } = await as(USERS.requester, { path: "/requests/new" });
  await fillRequest(page, { room: "Ruang Rapat Blok H Lantai 2", date, start: "13:00", end: "15:00", title });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expectStatus(page, "Diajukan");

  // The other agency sees the room busy (with the agency's name, not the details).
  await expect(
    row(watcher.page)
      .getByText(/13\.00–15\.00 Dinas Komunikasi/)
      .first(),
  ).toBeVisible();
  await expect(row(officer.page).getByRole("link", { name: new RegExp(title) })).toBeVisible();
  expect(navigations).toBe(0);
});
