/** A recurring request: the preview flags holidays and the conflicting date, the series is
 * submitted skipping the conflict; another agency joins the waitlist of the taken slot and leaves. */

import { expect, LETTER_PDF, test, USERS } from "./fixtures";
import { at, expectAccessible, firstRooms, screenshot, submitBooking } from "./webb";

/** Four weekly dates, the second to be taken by another agency, around public holidays: the next
 * Christmas and New Year (two holidays) when the four dates fit between a week from now and the
 * booking horizon (365 days), else the next 17 August (one holiday): from about 4 to 25 December
 * the next Christmas pair is either too close or, a year later, too far. */
function aroundHolidays(): { first: string; taken: string; last: string; holidays: number } {
  const today = new Date(Date.now() + 7 * 3600_000).getTime();
  const year = new Date(today).getUTCFullYear();
  const iso = (y: number, month: number, d: number) => new Date(Date.UTC(y, month, d)).toISOString().slice(0, 10);
  const fits = (y: number, month: number, d: number) =>
    Date.UTC(y, month, d) - today >= 7 * 86400_000 && Date.UTC(y, month, d + 21) - today <= 358 * 86400_000;
  for (const y of [year, year + 1]) {
    if (fits(y, 11, 11)) return { first: iso(y, 11, 11), taken: iso(y, 11, 18), last: iso(y + 1, 0, 1), holidays: 2 };
    if (fits(y, 7, 3)) return { first: iso(y, 7, 3), taken: iso(y, 7, 10), last: iso(y, 7, 24), holidays: 1 };
  }
  throw new Error("no holiday within the booking horizon");
}

test("series preview with holidays and a conflict, submitted skipping it; the waitlist of the taken slot", async ({
  as,
  server,
}) => {
  const dates = aroundHolidays();
  const other = await server.token(USERS.requester2);
  const [room] = await firstRooms(server, other);
  const taken = { roomId: room.id, startsAt: at(dates.taken, "09:00"), endsAt: at(dates.taken, "10:00") };
  await submitBooking(server, other, { ...taken, title: "Rapat Bapeda" });

  const { page } = await as(USERS.requester, { path: "/requests/series" });
  await expect(page.getByRole("heading", { name: "Pengajuan berulang" })).toBeVisible();
  await page.getByLabel("Tanggal pertama").fill(dates.first);
  await page.getByLabel("Mulai").fill("09:00");
  await page.getByLabel("Selesai").fill("10:00");
  await page.getByLabel("Nama kegiatan").fill("Rapat Mingguan");
  await page.getByLabel("Tujuan").fill("Koordinasi rutin");
  await page.getByLabel("Sampai tanggal").fill(dates.last);
  await page.getByRole("button", { name: "Pratinjau jadwal" }).click();
  await expect(page.getByText(`4 jadwal · 1 bentrok · ${dates.holidays} hari libur`)).toBeVisible();
  const table = page.getByRole("table", { name: "Jadwal yang akan dipesan" });
  await expect(table.getByRole("row").filter({ hasText: "Bentrok" })).toHaveCount(1);
  await expect(table.getByRole("row").filter({ hasText: "Hari libur" })).toHaveCount(dates.holidays);
  await expectAccessible(page, "series");
  await screenshot(page, "series-preview");

  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Surat permohonan (PDF, JPEG, PNG)" }).click();
  await (await chooser).setFiles({
    name: "surat.pdf",
    mimeType: "application/pdf",
    buffer: LETTER_PDF,
  });
  await page.getByLabel("Bila ada jadwal bentrok").first().click();
  await page.getByRole("option", { name: "Pesan yang lain, lewati yang bentrok" }).click();
  await page.getByRole("button", { name: "Ajukan seri" }).click();
  await expect(page.getByText("3 jadwal diajukan")).toBeVisible();

  // The requester whose date conflicted waits for that slot instead.
  const query = new URLSearchParams(taken).toString();
  await page.goto(`/waitlist/join?${query}`);
  await expect(page.getByText(room.name)).toBeVisible();
  await page.getByLabel("Nama kegiatan").fill("Rapat Mingguan");
  await page.getByLabel("Tujuan").fill("Koordinasi rutin");
  const letter = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Surat permohonan (PDF, JPEG, PNG)" }).click();
  await (await letter).setFiles({
    name: "surat.pdf",
    mimeType: "application/pdf",
    buffer: LETTER_PDF,
  });
  await expectAccessible(page, "waitlist join");
  await page.getByRole("button", { name: "Masuk daftar tunggu" }).click();
  await expect(page.getByText("Anda masuk daftar tunggu.")).toBeVisible();
  await page.getByRole("link", { name: "Lihat daftar tunggu" }).click();
  await expect(page.getByRole("button", { name: "Keluar Rapat Mingguan" })).toBeVisible();
  await expectAccessible(page, "waitlist");
  await screenshot(page, "waitlist");
  await page.getByRole("button", { name: "Keluar Rapat Mingguan" }).click();
  await expect(page.getByText("Tidak ada entri.")).toBeVisible();
});
