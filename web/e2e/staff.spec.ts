/** Staff tools through the pages: a leadership block displacing a booking (create, edit, cancel),
 * room rules, the service-level report with its chart, notification deliveries. */

import { expect, test, USERS } from "./fixtures";
import { approve, at, expectAccessible, firstRooms, jakartaDay, screenshot, submitBooking } from "./webb";

test("the head blocks a room for a leadership event: the booking there is displaced; edit, cancel", async ({
  as,
  server,
}) => {
  const requester = await server.token(USERS.requester);
  const [, , room] = await firstRooms(server, requester, 3);
  const day = jakartaDay(8);
  const booking = await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(day, "09:00"),
    endsAt: at(day, "10:00"),
    title: "Rapat Anggaran",
  });

  const { page } = await as(USERS.serviceHead, { path: "/staff/blocks" });
  await expect(page.getByRole("heading", { name: "Jadwal pimpinan mendadak" })).toBeVisible();
  await page.getByRole("combobox", { name: "Ruangan" }).click();
  await page.getByRole("option", { name: `${room.code} · ${room.name}` }).click();
  await page.keyboard.press("Escape");
  await page.getByLabel("Tanggal").fill(day);
  await page.getByLabel("Mulai").fill("08:00");
  await page.getByLabel("Selesai").fill("12:00");
  await page.getByLabel("Alasan").fill("Kunjungan Gubernur");
  await page.getByRole("button", { name: "Blokir ruangan" }).click();
  const displaced = page.getByRole("status").filter({ hasText: "tergeser" });
  await expect(
    displaced.getByRole("heading", { name: "1 pemesanan tergeser dan perlu dijadwalkan ulang" }),
  ).toBeVisible();
  await expect(displaced.getByRole("link", { name: booking.reference })).toBeVisible();
  await expect(displaced).toContainText("Rapat Anggaran");
  const row = page.getByRole("row").filter({ hasText: "Kunjungan Gubernur" });
  await expect(row.getByRole("link", { name: new RegExp(booking.reference) })).toBeVisible(); // still waiting
  const status = await server.graphql<{ node: { status: string } }>(
    requester,
    "query($id: ID!) { node(id: $id) { ... on Booking { status } } }",
    { id: booking.id },
  );
  expect(status.node.status).toBe("RESCHEDULE_REQUIRED");
  await expectAccessible(page, "blocks");
  await screenshot(page, "staff-blocks");

  await page.getByRole("button", { name: "Ubah Kunjungan Gubernur" }).click();
  await page.getByLabel("Selesai").fill("11:00");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(row.getByRole("cell", { name: /08\.00–11\.00 WIB/ })).toBeVisible(); // not another spec's block

  page.once("dialog", (d) => void d.accept("Acara dibatalkan"));
  await page.getByRole("button", { name: "Batalkan Kunjungan Gubernur" }).click();
  await expect(page.getByText("Dibatalkan", { exact: true })).toBeVisible();
});

test("ADMIN sets a room's rules, reads deliveries and retries them; the head reads service levels", async ({
  as,
  server,
}) => {
  const requester = await server.token(USERS.requester);
  const [room] = await firstRooms(server, requester);
  const booking = await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(jakartaDay(9), "13:00"),
    endsAt: at(jakartaDay(9), "14:00"),
  });
  await approve(server, booking.id); // steps 3, 7 and 8 completed: the report has rows

  const admin = await as(USERS.admin, { path: "/admin/rules" });
  await expect(admin.page.getByRole("heading", { name: "Aturan ruangan" })).toBeVisible();
  await admin.page.getByRole("checkbox", { name: "Buka Minggu" }).uncheck();
  await admin.page.getByLabel("Jeda antarpemesanan (menit)").fill("15");
  await admin.page.getByRole("button", { name: "Simpan aturan" }).click();
  await expect(admin.page.getByText("Aturan tersimpan.")).toBeVisible();
  await expectAccessible(admin.page, "rules");
  const rules = await server.graphql<{
    node: { rules: { bufferMinutes: number; bookableHours: { weekday: number }[] } };
  }>(
    admin.token,
    "query($id: ID!) { node(id: $id) { ... on Room { rules { bufferMinutes bookableHours { weekday } } } } }",
    { id: room.id },
  );
  expect(rules.node.rules.bufferMinutes).toBe(15);
  expect(rules.node.rules.bookableHours.map((h) => h.weekday)).not.toContain(7);

  await admin.page.goto("/admin/deliveries");
  await admin.page.getByText("Semua", { exact: true }).click();
  await expect(admin.page.getByText(/\d+ pengiriman/)).toBeVisible();
  await admin.page.getByRole("button", { name: "Kirim ulang semua yang gagal" }).click();
  await expect(admin.page.getByRole("status").filter({ hasText: "dijadwalkan ulang" })).toBeVisible();
  await expectAccessible(admin.page, "deliveries");
  await screenshot(admin.page, "admin-deliveries");

  const head = await as(USERS.serviceHead, { path: "/staff/service-levels" });
  await expect(head.page.getByRole("img", { name: /Median dan persentil/ })).toBeVisible();
  await expect(head.page.getByRole("cell", { name: "Semua petugas" }).first()).toBeVisible();
  await expectAccessible(head.page, "service levels");
  await screenshot(head.page, "service-levels");
});
