/** SOP step 10 through the pages: the requester adds a real photo (renditions shown once the
 * worker made them) and sends the report; LEADERSHIP reads it with its photo. */

import { expect, test, USERS } from "./fixtures";
import {
  approve,
  at,
  expectAccessible,
  firstRooms,
  jakartaDay,
  jpegBytes,
  screenshot,
  startedHalfAnHourAgo,
  submitBooking,
} from "./webb";

test("step 10: photo with progress and renditions, the narrative, then LEADERSHIP's report list", async ({
  as,
  server,
}) => {
  const { page, token } = await as(USERS.requester, { path: "/" });
  const [, room] = await firstRooms(server, token, 2);
  const day = jakartaDay(6);
  const booking = await submitBooking(server, token, {
    roomId: room.id,
    startsAt: at(day, "10:00"),
    endsAt: at(day, "11:00"),
    title: "Rapat Evaluasi Smart City",
  });
  await approve(server, booking.id);
  startedHalfAnHourAgo(server, booking.id);

  await page.goto(`/bookings/${booking.id}`);
  await page.getByRole("link", { name: "Foto dan laporan kegiatan" }).click();
  await expect(page.getByRole("heading", { name: "Laporan acara (langkah 10)" })).toBeVisible();

  const photo = await jpegBytes(page);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Pilih foto" }).click();
  await (await chooser).setFiles({ name: "acara.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Unggah" }).click();
  await expect(page.getByRole("progressbar", { name: "Mengunggah acara.jpg" })).toBeVisible();
  const thumb = page.getByRole("img", { name: "Foto 1 dari Rapat Evaluasi Smart City" });
  await expect(thumb).toBeVisible({ timeout: 30_000 });
  expect(await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320); // the thumb rendition
  await expectAccessible(page, "event report");
  await screenshot(page, "event-report");

  await expect(page.getByRole("button", { name: "Kirim laporan" })).toBeDisabled(); // no narrative yet
  await page.getByLabel("Ringkasan jalannya acara").fill("Rapat berjalan lancar, 25 peserta hadir.");
  await page.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(page.getByRole("heading", { name: "Laporan terkirim" })).toBeVisible();

  const leader = await as(USERS.leadership, { path: "/reports" });
  const report = leader.page.getByRole("article", { name: "Rapat Evaluasi Smart City" });
  await expect(report.getByText("Rapat berjalan lancar, 25 peserta hadir.")).toBeVisible();
  await expect(report.getByRole("img", { name: "Foto 1 dari Rapat Evaluasi Smart City" })).toBeVisible();
  await expect(report.getByRole("link", { name: booking.reference })).toBeVisible();
  await expectAccessible(leader.page, "reports");
  await screenshot(leader.page, "reports");

  // web-admin: the event report as a PDF (rendered by the worker), linked on the report and on the
  // booking's page.
  const pdfLink = report.getByRole("link", { name: "Unduh laporan acara (PDF): Rapat Evaluasi Smart City" });
  await expect(async () => {
    await leader.page.reload();
    await expect(pdfLink).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  const res = await fetch(new URL((await pdfLink.getAttribute("href")) ?? "", server.url));
  expect(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  await leader.page.goto(`/bookings/${booking.id}`);
  await expect(leader.page.getByRole("link", { name: /Unduh laporan acara \(PDF\)/ })).toBeVisible();
});
