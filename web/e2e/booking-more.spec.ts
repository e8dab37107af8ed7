/** Pages the SOP spec does not reach: the free-room search and its results, the head approving
 * into another room, the requester taking a reschedule suggestion after a leadership event,
 * copying the calendar-feed link, and resubmitting with a replacement letter. */

import { expect, type Server, test, USERS } from "./fixtures";
import { act, expectStatus } from "./helpers";
import { approve, at, firstRooms, jakartaDay, jpegBytes, revisionRequested, submitBooking } from "./webb";

async function verb(server: Server, nrk: string, name: string, input: Record<string, unknown>): Promise<void> {
  const type = name[0].toUpperCase() + name.slice(1);
  const data = await server.graphql<Record<string, { errors: unknown[] }>>(
    await server.token(nrk),
    `mutation($input: ${type}Input!) { ${name}(input: $input) { errors { code message } } }`,
    { input },
  );
  if (data[name].errors.length) throw new Error(`${name}: ${JSON.stringify(data[name].errors)}`);
}

test("free-room search: a taken room is not offered, a free one is and leads to the request form", async ({
  as,
  server,
}) => {
  const token = await server.token(USERS.requester);
  const [taken, free] = await firstRooms(server, token, 2);
  const day = jakartaDay(15); // 14:30: a time no other spec books on the shared server
  const booking = await submitBooking(server, token, {
    roomId: taken.id,
    startsAt: at(day, "14:30"),
    endsAt: at(day, "15:30"),
    title: "Rapat yang menempati",
  });
  await approve(server, booking.id);

  const { page } = await as(USERS.requester, { path: "/rooms/search" });
  await page.getByLabel("Tanggal").fill(day);
  await page.getByLabel("Mulai").fill("14:30");
  await page.getByLabel("Selesai").fill("15:30");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  const results = page.getByRole("region", { name: /ruangan kosong/ });
  await expect(results.getByRole("heading", { level: 2 })).toHaveText(/^\d+ ruangan kosong, /);
  await expect(results.getByRole("link", { name: free.name, exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: taken.name, exact: true })).toHaveCount(0);

  // More participants than any room holds: nothing, and the page says what to try.
  await page.getByLabel("Jumlah peserta minimal").fill("5000");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page.getByText(/Tidak ada ruangan yang kosong pada waktu itu/)).toBeVisible();

  await page.getByLabel("Jumlah peserta minimal").fill("0");
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await page.getByRole("link", { name: `Ajukan peminjaman ${free.name}` }).click();
  await expect(page.getByRole("heading", { name: "Ajukan peminjaman ruangan" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Ruangan" })).toHaveValue(new RegExp(`^${free.name} \\(`));
  await expect(page.getByLabel("Tanggal")).toHaveValue(day);
  await expect(page.getByLabel("Jam mulai")).toHaveValue("14:30");
});

test("the head sets the schedule in another room: the booking moves there", async ({ as, server }) => {
  const token = await server.token(USERS.requester);
  const rooms = await firstRooms(server, token, 6);
  const [asked, other] = [rooms[4], rooms[5]];
  const day = jakartaDay(16);
  const booking = await submitBooking(server, token, {
    roomId: asked.id,
    startsAt: at(day, "13:00"),
    endsAt: at(day, "14:00"),
    title: "Rapat pindah ruangan",
  });
  await verb(server, USERS.officer, "verifyBooking", { bookingId: booking.id });
  await verb(server, USERS.serviceHead, "validateBooking", { bookingId: booking.id });

  const { page } = await as(USERS.serviceHead, { path: `/bookings/${booking.id}` });
  await expect(page.getByRole("link", { name: asked.name })).toBeVisible();
  await act(page, "Tetapkan jadwal", {
    fill: async (dialog) => {
      await dialog.getByRole("combobox", { name: "Ruangan" }).click();
      await page.getByRole("option", { name: new RegExp(`^${other.name} \\(`) }).click();
    },
    text: "Ruangan semula dipakai untuk rapat dinas",
    confirm: "Setujui",
  });
  await expectStatus(page, "Disetujui");
  await expect(page.getByRole("link", { name: other.name })).toBeVisible();
  const moved = await server.graphql<{ node: { room: { id: string }; status: string } }>(
    token,
    "query($id: ID!) { node(id: $id) { ... on Booking { status room { id } } } }",
    { id: booking.id },
  );
  expect(moved.node).toEqual({ status: "APPROVED", room: { id: other.id } });
});

test("a leadership event displaces a booking: the requester takes a suggested slot", async ({ as, server }) => {
  const token = await server.token(USERS.requester);
  const [, , room] = await firstRooms(server, token, 3);
  const day = jakartaDay(17);
  const booking = await submitBooking(server, token, {
    roomId: room.id,
    startsAt: at(day, "09:00"),
    endsAt: at(day, "10:00"),
    title: "Rapat tergeser",
  });
  await approve(server, booking.id);
  await verb(server, USERS.serviceHead, "createLeadershipBlock", {
    roomIds: [room.id],
    startsAt: at(day, "08:00"),
    endsAt: at(day, "11:00"),
    reason: "Kunjungan Menteri Dalam Negeri",
  });

  const { page } = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  await expectStatus(page, "Perlu dijadwalkan ulang");
  const suggestions = page.getByRole("alert").filter({ hasText: "Perlu dijadwalkan ulang" });
  const take = suggestions.getByRole("button", { name: /^Pilih / });
  await expect(take.first()).toBeVisible();
  const label = (await take.first().getAttribute("aria-label")) ?? "";
  await take.first().click();
  await expectStatus(page, "Disetujui");
  await expect(suggestions).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Riwayat" }).getByText("Waktu baru dipilih").first()).toBeVisible();
  const after = await server.graphql<{ node: { status: string; startsAt: string; room: { name: string } } }>(
    token,
    "query($id: ID!) { node(id: $id) { ... on Booking { status startsAt room { name } } } }",
    { id: booking.id },
  );
  expect(after.node.status).toBe("APPROVED");
  expect(label).toContain(after.node.room.name); // the slot taken is the one the button named
});

test("the requester makes the calendar-feed link and copies it", async ({ as, server }) => {
  const token = await server.token(USERS.requester);
  const [room] = await firstRooms(server, token, 1);
  const day = jakartaDay(18);
  const title = `Rapat kalender ${Date.now().toString(36)}`;
  const booking = await submitBooking(server, token, {
    roomId: room.id,
    startsAt: at(day, "15:00"),
    endsAt: at(day, "16:00"),
    title,
  });
  const { page, context } = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await page.getByRole("button", { name: "Buat tautan kalender" }).click();
  const link = page.getByRole("textbox", { name: "Tautan kalender" });
  await expect(link).toHaveValue(/^https?:\/\/.+/);
  const url = await link.inputValue();
  await page.getByRole("button", { name: "Salin" }).click();
  await expect(page.getByRole("button", { name: "Tersalin" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  // The link is a working iCalendar feed of the agency's bookings.
  const feed = await fetch(url);
  expect(feed.status).toBe(200);
  const text = await feed.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text.replace(/\r\n[ \t]/g, "")).toContain(title);
});

test("after a revision request the requester resubmits with a replacement letter", async ({ as, server }) => {
  const token = await server.token(USERS.requester);
  const [, room] = await firstRooms(server, token, 2);
  const day = jakartaDay(19);
  const booking = await revisionRequested(server, USERS.requester, USERS.officer, {
    roomId: room.id,
    startsAt: at(day, "10:00"),
    endsAt: at(day, "11:00"),
  });
  const { page } = await as(USERS.requester, { path: `/bookings/${booking.id}` });
  await expectStatus(page, "Perlu perbaikan");
  await expect(page.getByText(/^PDF · \d+ KB$/)).toBeVisible();
  const signed = await jpegBytes(page, 800, 1100);
  await act(page, "Ajukan kembali", {
    fill: async (dialog) => {
      const chooser = page.waitForEvent("filechooser");
      await dialog.getByRole("button", { name: /Surat permohonan pengganti/ }).click();
      await (await chooser).setFiles({ name: "surat-ttd.jpg", mimeType: "image/jpeg", buffer: signed });
      await expect(dialog.getByRole("button", { name: /Surat permohonan pengganti/ })).toContainText("surat-ttd.jpg");
    },
    text: "Surat sudah ditandatangani",
  });
  await expectStatus(page, "Diajukan");
  await expect(page.getByText(/^JPEG · \d+ KB$/)).toBeVisible();
  const letter = await server.graphql<{ node: { letter: { contentType: string; size: number } } }>(
    token,
    "query($id: ID!) { node(id: $id) { ... on Booking { letter { contentType size } } } }",
    { id: booking.id },
  );
  expect(letter.node.letter).toEqual({ contentType: "image/jpeg", size: signed.length });
});
