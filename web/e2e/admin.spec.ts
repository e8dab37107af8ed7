/** web-admin: administration through the pages (rooms, users, CSV import and the other ADMIN
 * pages), check-in on a booking's page, and the utilisation report with its exports; each new page
 * scanned with axe (no serious or critical violations), the report at 360 px too. */

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, type Server, test, USERS } from "./fixtures";
import { approve, at, expectAccessible, jakartaDay, screenshot, submitBooking } from "./webb";

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

/** A requester's booking with `quantity` of the item `code`, taken through steps 3, 5, 7 and 8. */
async function bookingWithEquipment(server: Server, code: string, quantity: number) {
  const requester = await server.token(USERS.requester);
  const data = await server.graphql<{
    rooms: { edges: { node: { id: string } }[] };
    equipmentItems: { edges: { node: { id: string; code: string } }[] };
  }>(
    requester,
    "query { rooms(first: 10) { edges { node { id } } } equipmentItems(first: 100) { edges { node { id code } } } }",
  );
  const item = data.equipmentItems.edges.find((e) => e.node.code === code)?.node;
  if (!item) throw new Error(`no item ${code}`);
  const day = jakartaDay(12);
  const booking = await submitBooking(server, requester, {
    roomId: data.rooms.edges[5].node.id,
    startsAt: at(day, "09:00"),
    endsAt: at(day, "10:00"),
    title: "Rapat dengan laser",
    equipment: [{ equipmentId: item.id, quantity }],
  });
  const officer = await server.token(USERS.officer);
  const equipmentHead = await server.token(USERS.equipmentHead);
  const head = await server.token(USERS.serviceHead);
  const steps: [string, string, object][] = [
    [officer, "verifyBooking", {}],
    [equipmentHead, "reviewEquipment", { lines: [{ equipmentId: item.id, approvedQuantity: quantity }] }],
    [head, "validateBooking", {}],
    [head, "approveBooking", {}],
  ];
  for (const [token, verb, extra] of steps) {
    const name = verb === "reviewEquipment" ? "ReviewEquipment" : verb[0].toUpperCase() + verb.slice(1);
    const r = await server.graphql<Record<string, { errors: unknown[] }>>(
      token,
      `mutation($input: ${name}Input!) { ${verb}(input: $input) { errors { code message } } }`,
      { input: { bookingId: booking.id, ...extra } },
    );
    if (r[verb].errors.length) throw new Error(`${verb}: ${JSON.stringify(r[verb].errors)}`);
  }
  return booking;
}

async function chooseFile(page: Page, button: string, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
}

test("admin creates a room: it appears in the day view; deactivating it with a booking asks what to do", async ({
  as,
  server,
}) => {
  const { page } = await as(USERS.admin, { path: "/admin/rooms" });
  await expect(page.getByRole("heading", { name: "Kelola ruangan" })).toBeVisible();
  await expectAccessible(page, "admin rooms");

  await page.getByRole("button", { name: "Ruangan baru" }).click();
  const dialog = page.getByRole("dialog", { name: "Ruangan baru" });
  await dialog.getByLabel("Kode").fill("bad code!");
  await dialog.getByLabel("Nama").fill("Ruang Rapat Uji Coba");
  await dialog.getByLabel("Gedung").fill("Blok G");
  await dialog.getByLabel("Lantai").fill("5");
  await dialog.getByLabel("Kapasitas").fill("30");
  await dialog.getByRole("button", { name: "Buat ruangan" }).click();
  // The API's field error, beside its field.
  await expect(dialog.getByLabel("Kode")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "room form with an error");
  await dialog.getByLabel("Kode").fill("G-5-UJI");
  await dialog.getByRole("button", { name: "Buat ruangan" }).click();
  await expect(dialog).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: "Ruang Rapat Uji Coba" });
  await expect(row).toContainText("G-5-UJI");
  await expect(row.getByText("Aktif", { exact: true })).toBeVisible();
  await screenshot(page, "admin-rooms");

  const day = jakartaDay(10);
  await page.goto(`/rooms?date=${day}`);
  await expect(page.getByRole("rowheader", { name: /Ruang Rapat Uji Coba/ })).toBeVisible();

  // A requester books it; deactivating it lists that booking and needs a choice.
  const requester = await server.token(USERS.requester);
  const rooms = await server.graphql<{ allRooms: { edges: { node: { id: string; code: string } }[] } }>(
    await server.token(USERS.admin),
    "query { allRooms(first: 100) { edges { node { id code } } } }",
  );
  const room = rooms.allRooms.edges.find((e) => e.node.code === "G-5-UJI")?.node;
  if (!room) throw new Error("room not created");
  const booking = await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(day, "10:00"),
    endsAt: at(day, "11:00"),
    title: "Rapat di Ruang Uji",
  });
  await page.goto("/admin/rooms");
  await page.getByRole("button", { name: "Nonaktifkan Ruang Rapat Uji Coba" }).click();
  const deactivate = page.getByRole("dialog", { name: "Nonaktifkan Ruang Rapat Uji Coba" });
  await deactivate.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(deactivate.getByText("Ruangan ini masih dipakai oleh 1 pemesanan yang akan datang")).toBeVisible();
  await expect(deactivate.getByRole("link", { name: booking.reference })).toBeVisible();
  await expectAccessible(page, "deactivate room dialog");
  await deactivate.getByRole("radio", { name: /Pindahkan pemesanan/ }).check();
  await deactivate.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(deactivate.getByLabel("Alasan")).toHaveAttribute("aria-invalid", "true"); // reason required
  await deactivate.getByLabel("Alasan").fill("Renovasi ruangan");
  await deactivate.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(deactivate.getByText(/1 pemesanan dipindahkan/)).toBeVisible();
  await deactivate.getByRole("button", { name: "Tutup" }).first().click();
  await expect(row.getByText("Nonaktif", { exact: true })).toBeVisible();
  const status = await server.graphql<{ node: { status: string } }>(
    requester,
    "query($id: ID!) { node(id: $id) { ... on Booking { status } } }",
    { id: booking.id },
  );
  expect(status.node.status).toBe("RESCHEDULE_REQUIRED");
  await page.getByRole("button", { name: "Aktifkan kembali Ruang Rapat Uji Coba" }).click();
  await expect(row.getByText("Aktif", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Nonaktifkan Ruang Rapat Uji Coba" })).toBeVisible();
});

test("admin creates a user (temporary password once; changed at the first visit), resets, then deactivates them", async ({
  as,
  browser,
  server,
}) => {
  const { page } = await as(USERS.admin, { path: "/admin/users" });
  await expect(page.getByRole("heading", { name: "Kelola pengguna" })).toBeVisible();
  await page.getByRole("button", { name: "Pengguna baru" }).click();
  const dialog = page.getByRole("dialog", { name: "Pengguna baru" });
  await dialog.getByLabel("NRK").fill("777101");
  await dialog.getByLabel("Nama").fill("Dewi Lestari");
  await dialog.getByRole("button", { name: "Buat pengguna" }).click();
  // A requester needs an agency: the API says so beside the field.
  await expect(dialog.getByRole("combobox", { name: "Instansi" })).toHaveAttribute("aria-invalid", "true");
  await dialog.getByRole("combobox", { name: "Instansi" }).click();
  await page.getByRole("option", { name: /Dinas Komunikasi/ }).click();
  await dialog.getByRole("button", { name: "Buat pengguna" }).click();
  const secret = await dialog.getByTestId("temporary-password").textContent();
  expect(secret?.length).toBeGreaterThanOrEqual(10);
  await expectAccessible(page, "user created");
  await dialog.getByRole("button", { name: "Selesai" }).click();

  await page.getByLabel("Cari").fill("Dewi");
  const row = page.getByRole("row").filter({ hasText: "777101" });
  await expect(row).toContainText("Wajib ganti kata sandi");
  await expectAccessible(page, "admin users");
  await screenshot(page, "admin-users");

  // The temporary password logs in and leads to the change-password page.
  const login = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      query: "mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }",
      variables: { i: { nrk: "777101", password: secret } },
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  expect(token).toBeTruthy();

  // Their first visit: only the change-password page until it is done.
  const context = await browser.newContext({
    baseURL: server.url,
    storageState: {
      cookies: [],
      origins: [
        {
          origin: server.url,
          localStorage: [{ name: "epesan.session", value: JSON.stringify({ token, expiresAt: null, nrk: "777101" }) }],
        },
      ],
    },
  });
  const dewi = await context.newPage();
  await dewi.goto("/rooms");
  await expect(dewi.getByRole("heading", { name: "Ubah kata sandi" })).toBeVisible();
  await dewi.getByLabel("Kata sandi sekarang").fill(secret ?? "");
  await dewi.getByLabel(/^Kata sandi baru/).fill("Dewi-Lestari-2027");
  await dewi.getByLabel("Ulangi kata sandi baru").fill("Dewi-Lestari-2027");
  await dewi.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(dewi.getByLabel(/^Kata sandi baru/)).toHaveAccessibleDescription(/nama|name/i); // contains the name
  await dewi.getByLabel(/^Kata sandi baru/).fill("Balaikota-Baru-2027");
  await dewi.getByLabel("Ulangi kata sandi baru").fill("Balaikota-Baru-2027");
  await dewi.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(dewi.getByText("Kata sandi diubah.")).toBeVisible();
  await dewi.getByRole("link", { name: "Ruangan", exact: true }).click();
  await expect(dewi).toHaveURL(/\/rooms$/);
  await context.close();
  await page.reload();
  await page.getByLabel("Cari").fill("Dewi");
  await expect(row).not.toContainText("Wajib ganti kata sandi");

  // Five wrong passwords lock the account: the list says so and offers the unlock.
  await expect(row.getByRole("button", { name: "Buka kunci Dewi Lestari" })).toHaveCount(0);
  for (let i = 0; i < 5; i++) {
    await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }",
        variables: { i: { nrk: "777101", password: "salah-salah-salah" } },
      }),
    });
  }
  await page.reload();
  await page.getByLabel("Cari").fill("Dewi");
  await expect(row.getByText(/Terkunci sampai/)).toBeVisible();
  await row.getByRole("button", { name: "Buka kunci Dewi Lestari" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Akun Dewi Lestari dibuka kembali." })).toBeVisible();
  await expect(row.getByText(/Terkunci sampai/)).toHaveCount(0);

  await page.getByRole("button", { name: "Atur ulang kata sandi Dewi Lestari" }).click();
  const reset = page.getByRole("dialog", { name: "Atur ulang kata sandi Dewi Lestari" });
  await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  const second = await reset.getByTestId("temporary-password").textContent();
  expect(second).not.toBe(secret);
  await reset.getByRole("button", { name: "Selesai" }).click();

  await page.getByRole("button", { name: "Nonaktifkan Dewi Lestari" }).click();
  const confirm = page.getByRole("dialog", { name: "Nonaktifkan Dewi Lestari" });
  await confirm.getByRole("button", { name: "Nonaktifkan" }).click();
  await expect(row.getByText("Nonaktif", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Nonaktifkan Dewi Lestari" })).toHaveCount(0);
  const after = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      query: "mutation($i: LoginInput!) { login(input: $i) { token errors { code } } }",
      variables: { i: { nrk: "777101", password: second } },
    }),
  });
  const denied = (await after.json()) as { data: { login: { token: string | null } } };
  expect(denied.data.login.token).toBeNull();
});

test("admin imports HR's CSV: a refused row blocks the apply; the fixed file dry-runs, then applies", async ({
  as,
  server,
}) => {
  const { page } = await as(USERS.admin, { path: "/admin/import" });
  await expect(page.getByRole("heading", { name: "Impor pengguna dan instansi dari CSV" })).toBeVisible();
  const header = "nrk;nama;email;kode_instansi;nama_instansi;peran";
  await chooseFile(
    page,
    "Berkas CSV",
    "hr-bad.csv",
    `${header}\n198001;Siti Aminah;siti@jakarta.go.id;DISPUSIP;Dinas Perpustakaan;REQUESTER\n19800x;Budi;;;;REQUESTER\n`,
  );
  await page.getByRole("button", { name: "Uji coba" }).click();
  const table = page.getByRole("table", { name: "2 baris" });
  await expect(table.getByRole("row").filter({ hasText: "198001" })).toContainText("Dibuat");
  await expect(table.getByRole("row").filter({ hasText: "19800x" })).toContainText("Ditolak");
  await expect(page.getByRole("button", { name: "Terapkan" })).toBeDisabled();
  await expectAccessible(page, "import dry run refused");

  await chooseFile(
    page,
    "Berkas CSV",
    "hr.csv",
    `${header}\n198001;Siti Aminah;siti@jakarta.go.id;DISPUSIP;Dinas Perpustakaan;REQUESTER\n198003;Rina Wati;rina@jakarta.go.id;;;SERVICE_HEAD|SERVICE_OFFICER\n`,
  );
  await page.getByRole("button", { name: "Uji coba" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Hasil uji coba" })).toContainText("dapat diterapkan");
  const users = async () =>
    (
      await server.graphql<{ users: { totalCount: number } }>(
        await server.token(USERS.admin),
        'query { users(filter: {search: "19800"}) { totalCount } }',
      )
    ).users.totalCount;
  expect(await users()).toBe(0); // the dry run wrote nothing
  await screenshot(page, "admin-import");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Impor diterapkan" })).toBeVisible();
  const applied = page.getByRole("table", { name: "2 baris" });
  await expect(applied.getByRole("row").filter({ hasText: "198003" })).toContainText("Dibuat");
  await expect(applied.getByRole("row").filter({ hasText: "198001" }).getByRole("cell").last()).not.toBeEmpty();
  await expectAccessible(page, "import applied");
  expect(await users()).toBe(2);
});

test("a requester checks in from 15 minutes before the start", async ({ as, server }) => {
  const requester = await server.token(USERS.requester);
  const rooms = await server.graphql<{ rooms: { edges: { node: { id: string } }[] } }>(
    requester,
    "query { rooms(first: 10) { edges { node { id } } } }",
  );
  const day = jakartaDay(9);
  const booking = await submitBooking(server, requester, {
    roomId: rooms.rooms.edges[3].node.id,
    startsAt: at(day, "14:00"),
    endsAt: at(day, "15:00"),
    title: "Rapat Check-in",
  });
  await approve(server, booking.id);
  startsIn(server, booking.id, 40);
  const { page } = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  await expect(page.getByRole("button", { name: "Check-in" })).toBeDisabled(); // opens 15 min before
  await expect(page.getByText(/Check-in dibuka pukul/)).toBeVisible();

  startsIn(server, booking.id, 10);
  await page.reload();
  await page.getByRole("button", { name: "Check-in" }).click();
  await expect(page.getByText(/Sudah check-in pukul/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Check-in" })).toHaveCount(0);
  await expect(page.getByText("Check-in", { exact: true })).toBeVisible(); // in the history
  await expectAccessible(page, "booking checked in");
  await screenshot(page, "booking-checked-in");
  const data = await server.graphql<{ node: { checkedInAt: string | null } }>(
    requester,
    "query($id: ID!) { node(id: $id) { ... on Booking { checkedInAt } } }",
    { id: booking.id },
  );
  expect(data.node.checkedInAt).not.toBeNull();
});

test("the utilisation report: chart, table, CSV export downloaded; at 360 px too", async ({ as, server }) => {
  const requester = await server.token(USERS.requester);
  const rooms = await server.graphql<{ rooms: { edges: { node: { id: string; name: string } }[] } }>(
    requester,
    "query { rooms(first: 10) { edges { node { id name } } } }",
  );
  const booking = await submitBooking(server, requester, {
    roomId: rooms.rooms.edges[4].node.id,
    startsAt: at(jakartaDay(5), "09:00"),
    endsAt: at(jakartaDay(5), "11:00"),
  });
  await approve(server, booking.id);

  const { page } = await as(USERS.serviceHead, { path: "/utilisation" });
  await expect(page.getByRole("heading", { name: "Utilisasi ruangan" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Jam dipesan dan terpakai" })).toBeVisible();
  const roomRow = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: rooms.rooms.edges[4].node.name, exact: true }) });
  await expect(roomRow.getByRole("cell").nth(2)).toHaveText("2.0"); // booked hours
  await expect(page.getByRole("row").filter({ hasText: "Jumlah" })).toBeVisible();
  await expectAccessible(page, "utilisation");
  await screenshot(page, "utilisation");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Ekspor utilisasi CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const path = await file.path();
  const text = execFileSync("cat", [path]).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff); // the BOM, for Excel
  expect(text).toMatch(/Ruang/);
  await expect(page.getByRole("link", { name: "Ekspor utilisasi CSV" })).toBeVisible();

  await page.getByText("Instansi", { exact: true }).click(); // the segmented control's label
  await expect(page.getByRole("columnheader", { name: "Instansi" })).toBeVisible();

  const phone = await as(USERS.leadership, { path: "/utilisation", viewport: { width: 360, height: 740 } });
  await expect(phone.page.getByRole("heading", { name: "Utilisasi ruangan" })).toBeVisible();
  await phone.page.getByRole("button", { name: "Buat ringkasan" }).click();
  await expect(phone.page.getByRole("link", { name: /Unduh ringkasan .* \(PDF\)/ })).toBeVisible({ timeout: 60_000 });
  const pdf = await phone.page.getByRole("link", { name: /Unduh ringkasan/ }).getAttribute("href");
  const res = await fetch(new URL(pdf ?? "", server.url));
  expect(res.headers.get("content-type")).toContain("pdf");
  expect(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  await expectAccessible(phone.page, "utilisation 360");
  await screenshot(phone.page, "utilisation-360");
  const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test("the other new pages: equipment (stock refusal), agencies, closures, audit, my password (axe, basic use)", async ({
  as,
  server,
}) => {
  const { page } = await as(USERS.admin, { path: "/admin/equipment" });
  await expect(page.getByRole("heading", { name: "Kelola peralatan" })).toBeVisible();
  await expectAccessible(page, "equipment");
  await page.getByRole("button", { name: "Peralatan baru" }).click();
  const item = page.getByRole("dialog", { name: "Peralatan baru" });
  await item.getByLabel("Kode").fill("LASER");
  await item.getByLabel("Nama").fill("Laser pointer");
  await item.getByLabel("Satuan").fill("buah");
  await item.getByLabel("Stok").fill("4");
  await item.getByRole("button", { name: "Buat peralatan" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Laser pointer" })).toContainText("4");
  // An approved booking holds 3 of them: lowering the stock to 2 is refused with that booking.
  const booking = await bookingWithEquipment(server, "LASER", 3);
  await page.getByRole("button", { name: "Ubah stok Laser pointer" }).click();
  const stock = page.getByRole("dialog", { name: "Stok Laser pointer" });
  await stock.getByLabel(/Stok baru/).fill("2");
  await stock.getByRole("button", { name: "Simpan stok" }).click();
  await expect(stock.getByText("Stok tidak dapat diturunkan")).toBeVisible();
  await expect(stock.getByText(/memakai 3 buah sekaligus/)).toBeVisible();
  await expect(stock.getByRole("link", { name: booking.reference })).toBeVisible();
  await expect(stock.getByLabel(/Stok baru/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "equipment stock refused");
  await stock.getByLabel(/Stok baru/).fill("3");
  await stock.getByRole("button", { name: "Simpan stok" }).click();
  await expect(stock).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "Laser pointer" }).getByRole("cell").nth(3)).toHaveText("3");

  await page.goto("/admin/agencies");
  await expect(page.getByRole("heading", { name: "Kelola instansi" })).toBeVisible();
  await page.getByRole("button", { name: "Instansi baru" }).click();
  const agency = page.getByRole("dialog", { name: "Instansi baru" });
  await agency.getByLabel("Kode").fill("DISPARBUD");
  await agency.getByLabel("Nama").fill("Dinas Pariwisata");
  await agency.getByRole("button", { name: "Buat instansi" }).click();
  await page.getByRole("button", { name: "Ganti nama Dinas Pariwisata" }).click();
  await page.getByRole("dialog").getByLabel("Nama").fill("Dinas Pariwisata dan Ekonomi Kreatif");
  await page.getByRole("dialog").getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("cell", { name: "Dinas Pariwisata dan Ekonomi Kreatif", exact: true })).toBeVisible();
  await expectAccessible(page, "agencies");

  await page.goto("/admin/closures");
  await expect(page.getByRole("heading", { name: "Hari libur kantor" })).toBeVisible();
  const year = new Date().getUTCFullYear() + 1;
  await page.getByLabel("Tahun").fill(String(year));
  await page.getByLabel("Tanggal").fill(`${year}-04-02`);
  await page.getByLabel("Keterangan").fill("Cuti bersama Idul Fitri");
  await page.getByRole("button", { name: "Tambahkan" }).click();
  await expect(page.getByRole("cell", { name: "Cuti bersama Idul Fitri", exact: true })).toBeVisible();
  await page.getByLabel("Tanggal").fill(`${year}-04-02`);
  await page.getByLabel("Keterangan").fill("Lagi");
  await page.getByRole("button", { name: "Tambahkan" }).click();
  await expect(page.getByLabel("Tanggal")).toHaveAttribute("aria-invalid", "true"); // that day exists
  await expectAccessible(page, "closures");
  await page.getByRole("button", { name: "Hapus Cuti bersama Idul Fitri" }).click();
  await expect(page.getByRole("cell", { name: "Cuti bersama Idul Fitri", exact: true })).toHaveCount(0);

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "Jejak audit" })).toBeVisible();
  await expect(page.getByText("CLOSURE_REMOVE").first()).toBeVisible(); // newest first
  await page.getByRole("combobox", { name: "Jenis" }).click();
  await page.getByRole("option", { name: "Instansi" }).click();
  await expect(page.getByText("AGENCY_RENAME")).toBeVisible();
  await expect(page.getByText("CLOSURE_ADD")).toHaveCount(0);
  await expectAccessible(page, "audit");
  await screenshot(page, "admin-audit");

  await page.getByRole("link", { name: "Ubah kata sandi" }).click();
  await expect(page.getByRole("heading", { name: "Ubah kata sandi" })).toBeVisible();
  await page.getByLabel("Kata sandi sekarang").fill("salah-sekali");
  await page.getByLabel(/^Kata sandi baru/).fill("Monas-Jakarta-2027");
  await page.getByLabel("Ulangi kata sandi baru").fill("Monas-Jakarta-2027");
  await page.getByRole("button", { name: "Simpan kata sandi" }).click();
  await expect(page.getByLabel("Kata sandi sekarang")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Kata sandi sekarang")).toHaveAccessibleDescription(/\S/); // the API's message
  await expectAccessible(page, "change password");

  // English on request.
  const en = await as(USERS.admin, { path: "/admin/closures", language: "en" });
  await expect(en.page.getByRole("heading", { name: "Office closures" })).toBeVisible();
  await expect(en.page.getByRole("link", { name: "Manage users" })).toBeVisible();
  await expect(en.page.getByRole("link", { name: "Change password" })).toBeVisible();
});

test("a booking nobody checked in to is released as a no-show, and its page says so", async ({ as, server }) => {
  test.setTimeout(150_000);
  const requester = await server.token(USERS.requester);
  const rooms = await server.graphql<{ rooms: { edges: { node: { id: string } }[] } }>(
    requester,
    "query { rooms(first: 10) { edges { node { id } } } }",
  );
  const day = jakartaDay(11);
  const booking = await submitBooking(server, requester, {
    roomId: rooms.rooms.edges[6].node.id,
    startsAt: at(day, "14:00"),
    endsAt: at(day, "15:00"),
    title: "Rapat Tanpa Peserta",
  });
  await approve(server, booking.id);
  startsIn(server, booking.id, -20); // started 20 minutes ago; the grace period is 15 minutes
  const { page } = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  // The embedded worker's no-show release runs every minute; the page is live (bookingChanged).
  await expect(page.getByText("Dilepas: tidak ada yang check-in").first()).toBeVisible({ timeout: 100_000 });
  await expect(page.getByText("Tidak hadir (dilepas)", { exact: true })).toBeVisible(); // the status
  await expect(page.getByRole("button", { name: "Check-in" })).toHaveCount(0);
  await expectAccessible(page, "booking released as a no-show");
  await screenshot(page, "booking-no-show");
});
