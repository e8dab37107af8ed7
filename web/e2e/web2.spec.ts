/** web2: the pages of the operations the API gained in issue #17 and after: the password reset
 * link (ADMIN makes it, the user sets a password with it and logs in), the webhooks page (refusal
 * of a private target beside the URL field; create, disable, delete on a server that allows
 * loopback targets), and the room display's check-in QR code with the /check-in page. Each new
 * page scanned with axe (no serious or critical violations). */

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, openAs, removeServer, type Server, startServer, test, USERS } from "./fixtures";
import { approve, at, expectAccessible, firstRooms, jakartaDay, screenshot, submitBooking } from "./webb";

/** As if time passed: the booking starts `minutes` from now (written in the server's SQLite). */
function startsIn(server: Server, bookingId: string, minutes: number): void {
  const pk = Buffer.from(bookingId, "base64").toString().split(":")[1];
  const script = `
import sqlite3, sys
from datetime import datetime, timedelta, timezone
db = sqlite3.connect(sys.argv[1])
start = datetime.now(timezone.utc).replace(second=0, microsecond=0) + timedelta(minutes=int(sys.argv[3]))
n = db.execute("UPDATE booking SET starts_at = ?, ends_at = ? WHERE id = ?",
               (str(start), str(start + timedelta(hours=1)), sys.argv[2])).rowcount
db.commit()
assert n == 1, n
`;
  execFileSync("python3", ["-c", script, join(server.dir, "epesan.sqlite3"), pk, String(minutes)]);
}

async function endpointPk(server: Server): Promise<string> {
  const data = await server.graphql<{ webhookEndpoints: { edges: { node: { id: string } }[] } }>(
    await server.token(USERS.admin),
    "query { webhookEndpoints(first: 1) { edges { node { id } } } }",
  );
  return Buffer.from(data.webhookEndpoints.edges[0].node.id, "base64").toString().split(":")[1];
}

function failedDelivery(server: Server, endpointPk: string): void {
  const script = `
import sqlite3, sys
from datetime import datetime, timedelta, timezone
db = sqlite3.connect(sys.argv[1])
now = datetime.now(timezone.utc)
cur = db.execute(
    "INSERT INTO webhook_delivery (endpoint_id, message_id, event_type, body, status, attempts,"
    " next_attempt_at, last_status_code, last_error, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
    (sys.argv[2], "msg_web2_1", "booking.cancelled", "{}", "FAILED", 1, str(now), 503, None,
     str(now - timedelta(minutes=5))))
db.execute(
    "INSERT INTO webhook_attempt (delivery_id, at, status_code, response, error, duration_ms)"
    " VALUES (?,?,?,?,?,?)", (cur.lastrowid, str(now - timedelta(minutes=4)), 503, "upstream down", None, 120))
db.commit()
`;
  execFileSync("python3", ["-c", script, join(server.dir, "epesan.sqlite3"), endpointPk]);
}

test("ADMIN makes a reset link; the user opens it without login, sets a password and logs in with it", async ({
  as,
  browser,
  server,
}) => {
  // A user of this test only (the demo users' passwords stay as they are for the other files).
  const nrk = "777302";
  const name = "Rina Tautan";
  const made = await server.graphql<{ createUser: { errors: unknown[] } }>(
    await server.token(USERS.admin),
    "mutation($input: CreateUserInput!) { createUser(input: $input) { errors { code message } } }",
    { input: { nrk, name, roles: ["LEADERSHIP"] } },
  );
  expect(made.createUser.errors).toEqual([]);
  const admin = await as(USERS.admin, { path: "/admin/users" });
  await admin.page.getByLabel("Cari").fill(nrk);
  await admin.page.getByRole("button", { name: `Tautan atur ulang kata sandi untuk ${name}` }).click();
  await admin.page.getByRole("button", { name: "Buat tautan" }).click();
  const link = (await admin.page.getByTestId("temporary-password").textContent()) ?? "";
  expect(link).toMatch(/\/password-reset#token=[\w-]{20,}$/);
  await expect(admin.page.getByRole("button", { name: "Salin" })).toBeVisible();
  await expectAccessible(admin.page, "reset link dialog");

  // The user: another browser, no session.
  const other = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await other.newPage();
  const sent: string[] = [];
  page.on("request", (r) => sent.push(r.url()));
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Tetapkan kata sandi baru" })).toBeVisible();
  await screenshot(page, "password-reset");
  await expectAccessible(page, "password reset");
  await page.getByLabel(/^Kata sandi baru/).fill("Monas-Jaya-2026!");
  await page.getByLabel("Ulangi kata sandi baru").fill("Monas-Jaya-2027!");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kedua kata sandi tidak sama.")).toBeVisible();
  // The policy's refusal, beside the field.
  await page.getByLabel(/^Kata sandi baru/).fill("pendek");
  await page.getByLabel("Ulangi kata sandi baru").fill("pendek");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText(/Kata sandi minimal \d+ karakter/)).toBeVisible();
  await expect(page.getByLabel(/^Kata sandi baru/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "password reset with errors");

  await page.getByLabel(/^Kata sandi baru/).fill("Monas-Jaya-2026!");
  await page.getByLabel("Ulangi kata sandi baru").fill("Monas-Jaya-2026!");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByText("Kata sandi baru tersimpan.", { exact: false })).toBeVisible();
  expect(new URL(page.url()).hash).toBe(""); // the used link is out of the address bar
  expect(sent.filter((u) => u.includes("token="))).toEqual([]); // the token went in no URL
  await screenshot(page, "password-reset-done");
  await page.getByRole("button", { name: "Ke halaman masuk" }).click();
  await page.getByLabel("NRK").fill(nrk);
  await page.getByLabel("Kata sandi").fill("Monas-Jaya-2026!");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("link", { name: /Halaman utama/ }).first()).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);

  // The link works once.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(link);
  await second.getByLabel(/^Kata sandi baru/).fill("Monas-Jaya-2028!");
  await second.getByLabel("Ulangi kata sandi baru").fill("Monas-Jaya-2028!");
  await second.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(second.getByRole("alert")).toContainText("sudah dipakai");
  await again.close();
  await other.close();
});

test("webhooks: a loopback target is refused beside the URL field", async ({ as }) => {
  const { page } = await as(USERS.admin, { path: "/admin/webhooks" });
  await expect(page.getByRole("heading", { name: "Webhook", exact: true })).toBeVisible();
  await expect(page.getByText("Belum ada endpoint webhook.")).toBeVisible();
  await expectAccessible(page, "webhooks empty");
  await page.getByRole("button", { name: "Endpoint baru" }).click();
  await page.getByLabel("Alamat (URL)").fill("http://127.0.0.1:9/hook");
  await page.getByRole("button", { name: "Buat endpoint" }).click();
  const url = page.getByLabel("Alamat (URL)");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/jaringan privat, loopback, atau link-local/)).toBeVisible();
  await expectAccessible(page, "webhook form refused");
});

test("webhooks: create (secret once), disable, enable, deliveries, delete", async ({ browser }) => {
  const server = await startServer({ EPESAN_WEBHOOK_ALLOW_PRIVATE_TARGETS: "true" });
  try {
    const { page, context } = await openAs(browser, server, USERS.admin, { path: "/admin/webhooks" });
    await page.getByRole("button", { name: "Endpoint baru" }).click();
    const target = "http://127.0.0.1:9/epesan-hook";
    await page.getByLabel("Alamat (URL)").fill(target);
    await page.getByLabel("Keterangan").fill("Sistem arsip");
    await page.getByRole("checkbox", { name: "Laporan acara dikirim" }).uncheck();
    await page.getByRole("button", { name: "Buat endpoint" }).click();
    await expect(page.getByTestId("temporary-password")).toHaveText(/^whsec_/);
    await expectAccessible(page, "webhook secret");
    await page.getByRole("button", { name: "Selesai" }).click();

    const row = page.getByRole("row", { name: new RegExp(target) });
    await expect(row).toContainText("Aktif");
    await expect(row).toContainText("Pemesanan dibatalkan");
    await expect(row).not.toContainText("Laporan acara dikirim");
    await expectAccessible(page, "webhooks list");

    await page.getByRole("button", { name: `Nonaktifkan endpoint ${target}` }).click();
    await expect(row).toContainText("Dinonaktifkan oleh admin");
    await page.getByRole("button", { name: `Aktifkan endpoint ${target}` }).click();
    await expect(row).toContainText("Aktif");

    await page.getByRole("button", { name: `Pengiriman ke ${target}` }).click();
    await expect(page.getByText("Belum ada pengiriman ke endpoint ini.")).toBeVisible();
    await page.getByRole("button", { name: `Pengiriman ke ${target}` }).click();

    // A delivery out of attempts (no worker runs in these tests: written in the server's SQLite).
    failedDelivery(server, await endpointPk(server));
    await page.reload();
    await page.getByRole("button", { name: `Pengiriman ke ${target}` }).click();
    await expect(page.getByText("Gagal", { exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "503", exact: true })).toBeVisible();
    await expect(page.getByText("upstream down")).toBeVisible();
    await page.mouse.move(0, 0); // not the hover tint of the button just pressed
    await expectAccessible(page, "webhook deliveries");
    await page.getByRole("button", { name: "Kirim ulang", exact: true }).click();
    await expect(page.getByText("1 pengiriman masuk antrean lagi.")).toBeVisible();
    await expect(page.getByText("Menunggu", { exact: true })).toBeVisible();

    await page.getByRole("button", { name: `Ubah endpoint ${target}` }).click();
    await page.getByRole("checkbox", { name: "Laporan acara dikirim" }).check();
    await page.getByRole("button", { name: "Simpan" }).click();
    await expect(row).toContainText("Laporan acara dikirim");
    await screenshot(page, "webhooks");

    await page.getByRole("button", { name: `Hapus endpoint ${target}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Hapus" }).click();
    await expect(page.getByText("Belum ada endpoint webhook.")).toBeVisible();
    await context.close();
  } finally {
    await removeServer(server);
  }
});

test("the door display shows the check-in QR code; the code checks the booking in after a login", async ({
  as,
  browser,
  server,
}) => {
  const requester = await server.token(USERS.requester);
  const [room] = await firstRooms(server, requester);
  const booking = await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(jakartaDay(12), "09:00"),
    endsAt: at(jakartaDay(12), "10:00"),
    title: "Rapat dengan QR",
  });
  await approve(server, booking.id);
  startsIn(server, booking.id, 5);
  const admin = await server.token(USERS.admin);
  const made = await server.graphql<{ createRoomDisplayLink: { url: string } }>(
    admin,
    "mutation($input: CreateRoomDisplayLinkInput!) { createRoomDisplayLink(input: $input) { url errors { code } } }",
    { input: { roomId: room.id, label: "Pintu QR" } },
  );

  const tablet = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const door = await tablet.newPage();
  await door.goto(made.createRoomDisplayLink.url);
  await expect(door.getByRole("img", { name: "Kode QR check-in" })).toBeVisible();
  const code = ((await door.getByTestId("check-in-code").textContent()) ?? "").trim();
  expect(code).toMatch(/^\d+-[A-Z2-7]+$/);
  await expectAccessible(door, "display with QR");
  await screenshot(door, "display-qr");
  await tablet.close();

  // A wrong code: the API's error beside the field.
  const officerView = await as(USERS.requester, { path: "/check-in#code=1-AAAAAAAA" });
  await expect(officerView.page.getByLabel("Kode check-in")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(officerView.page, "check-in refused");

  // The phone: not logged in; the login brings it back with the code, which checks in.
  const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await phone.newPage();
  await page.goto(`${server.url}/check-in#code=${code}`);
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("NRK").fill(USERS.requester);
  await page.getByLabel("Kata sandi").fill("Balaikota2026!");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Check-in berhasil")).toBeVisible();
  await expect(page.getByText("Rapat dengan QR")).toBeVisible();
  await expectAccessible(page, "check-in done");
  await screenshot(page, "check-in-done");
  await phone.close();
});

test("ADMIN reactivates a user and an agency; sets a room's grace period; an officer turns a booking's no-show release off", async ({
  as,
  server,
}) => {
  const admin = await server.token(USERS.admin);
  type Made = { errors: { code: string }[] } & Record<string, { id: string; name: string } | unknown>;
  const agency = await server.graphql<{ createAgency: Made & { agency: { id: string } } }>(
    admin,
    "mutation($input: CreateAgencyInput!) { createAgency(input: $input) { agency { id } errors { code message } } }",
    { input: { code: "WEB2", name: "Badan Uji Web Dua" } },
  );
  const user = await server.graphql<{ createUser: Made & { user: { id: string } } }>(
    admin,
    "mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code message } } }",
    { input: { nrk: "777301", name: "Sari Uji Web", roles: ["LEADERSHIP"] } },
  );
  if (!agency.createAgency.agency || !user.createUser.user) throw new Error(JSON.stringify([agency, user]));
  await server.graphql(admin, "mutation($input: UserIdInput!) { deactivateUser(input: $input) { errors { code } } }", {
    input: { userId: user.createUser.user.id },
  });
  await server.graphql(
    admin,
    "mutation($input: AgencyIdInput!) { deactivateAgency(input: $input) { errors { code } } }",
    { input: { agencyId: agency.createAgency.agency.id } },
  );

  const { page } = await as(USERS.admin, { path: "/admin/users" });
  await page.getByLabel("Cari").fill("777301");
  await page.getByRole("button", { name: "Aktifkan kembali Sari Uji Web" }).click();
  await expectAccessible(page, "reactivate user");
  await page.getByRole("dialog").getByRole("button", { name: "Aktifkan kembali" }).click();
  await expect(page.getByRole("row", { name: /Sari Uji Web/ })).toContainText("Aktif");
  await expect(page.getByRole("button", { name: "Nonaktifkan Sari Uji Web" })).toBeVisible();

  await page.goto("/admin/agencies");
  await page.getByRole("button", { name: "Aktifkan kembali Badan Uji Web Dua" }).click();
  await expect(page.getByRole("button", { name: "Nonaktifkan Badan Uji Web Dua" })).toBeVisible();

  // The room's grace period: 30 minutes, then read back through the API.
  const [room] = await firstRooms(server, admin);
  await page.goto("/admin/rooms");
  await page.getByRole("button", { name: `Ubah ${room.name}` }).click();
  await expect(page.getByLabel("Wajib check-in")).toBeChecked();
  await page.getByLabel(/^Masa tenggang no-show/).fill("300");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByLabel(/^Masa tenggang no-show/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "room form grace refused");
  await page.getByLabel(/^Masa tenggang no-show/).fill("30");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const read = await server.graphql<{ node: { noShowGraceMinutes: number | null } }>(
    admin,
    "query($id: ID!) { node(id: $id) { ... on Room { noShowGraceMinutes } } }",
    { id: room.id },
  );
  expect(read.node.noShowGraceMinutes).toBe(30);

  // An approved booking in that room: the officer turns its no-show release off, then on.
  const requester = await server.token(USERS.requester);
  const booking = await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(jakartaDay(13), "13:00"),
    endsAt: at(jakartaDay(13), "14:00"),
    title: "Tamu datang terlambat",
  });
  await approve(server, booking.id);
  const officer = await as(USERS.officer, { path: `/bookings/${booking.id}` });
  const state = officer.page.getByTestId("no-show-release-state");
  await expect(state).toHaveText("Pelepasan no-show: aktif");
  await expectAccessible(officer.page, "booking with no-show release");
  await officer.page.getByRole("switch", { name: /Lepas sebagai no-show/ }).click({ force: true });
  await expect(state).toHaveText("Pelepasan no-show: nonaktif");
  const released = await server.graphql<{ node: { noShowRelease: boolean } }>(
    admin,
    "query($id: ID!) { node(id: $id) { ... on Booking { noShowRelease } } }",
    { id: booking.id },
  );
  expect(released.node.noShowRelease).toBe(false);
  // The requester sees no switch.
  const mine = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  await expect(mine.page.getByRole("heading", { name: "Tamu datang terlambat" })).toBeVisible();
  await expect(mine.page.getByTestId("no-show-release-state")).toHaveCount(0);
});
