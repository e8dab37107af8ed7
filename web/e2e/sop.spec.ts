/** The SOP's steps 1-9 through the pages, each role in its own browser context (its own browser,
 * as at City Hall): submission with the letter, verification with a revision and a resubmission,
 * the equipment review with a shortfall and the requester's decision, validation, the schedule set
 * at another time, and the cancellation with a reason. Each page follows the others' changes live. */

import { expect, test, USERS } from "./fixtures";
import { act, expectStatus, fillRequest, jakartaDay, uniqueTitle } from "./helpers";

test("SOP steps 2-9 through the pages by each role", async ({ as }) => {
  const title = uniqueTitle("Rapat Koordinasi SOP");
  const date = jakartaDay(12);

  // Step 2: the requester asks for a room, a projector and more podiums than exist (3).
  const requester = await as(USERS.requester, { path: "/requests/new" });
  const rq = requester.page;
  await fillRequest(rq, {
    room: "Ruang Rapat Blok F Lantai 2",
    date,
    start: "09:00",
    end: "11:00",
    title,
    participants: 15,
    equipment: [
      { name: "Proyektor", quantity: 1 },
      { name: "Podium", quantity: 4 },
    ],
  });
  await expect(rq.getByText("Tersedia 3 pada waktu itu")).toBeVisible();
  await rq.getByRole("button", { name: "Kirim permohonan" }).click();
  // The API's typed error appears beside the equipment; what was typed stays.
  await expect(rq.getByText(/Jumlah Podium yang diminta melebihi persediaan/)).toBeVisible();
  await expect(rq.getByLabel("Nama kegiatan")).toHaveValue(title);
  await rq.getByRole("textbox", { name: "Jumlah", exact: true }).nth(1).fill("2");
  await rq.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(rq.getByText(/Permohonan EPR-\d{4}-\d+ terkirim/)).toBeVisible();
  await expect(rq.getByRole("heading", { name: title })).toBeVisible();
  await expectStatus(rq, "Diajukan");
  const bookingPath = new URL(rq.url()).pathname;

  // Step 3: the officer finds it in the inbox (oldest first, with its time standard) and asks for
  // a revision.
  const officer = await as(USERS.officer);
  const op = officer.page;
  const task = op.getByRole("row").filter({ hasText: title });
  await expect(task).toBeVisible();
  await expect(task.getByText(/jam kerja|Melewati standar waktu/)).toBeVisible();
  await task.getByRole("link", { name: new RegExp(title) }).click();
  await expect(op).toHaveURL(new RegExp(`${bookingPath}$`));
  await act(op, "Minta perbaikan", { text: "Lampirkan surat bertanda tangan", confirm: "Kirim ke pemohon" });
  await expectStatus(op, "Perlu perbaikan");

  // The requester's page changed by itself; the requester resubmits with more participants.
  await expectStatus(rq, "Perlu perbaikan");
  await expect(rq.getByText("“Lampirkan surat bertanda tangan”")).toBeVisible();
  await act(rq, "Ajukan kembali", {
    fill: async (dialog) => {
      await dialog.getByLabel("Jumlah peserta").fill("18");
    },
    text: "Surat sudah ditandatangani",
  });
  await expectStatus(rq, "Diajukan");
  await expect(rq.getByText("18", { exact: true })).toBeVisible();

  // Step 3 again: verified; with equipment the booking goes to the equipment review (step 4/5).
  await expectStatus(op, "Diajukan");
  await act(op, "Verifikasi");
  await expectStatus(op, "Pemeriksaan peralatan");

  // Step 4 is computed (requested against free at that time); step 5: the equipment head
  // approves one podium of the two asked, so the requester must decide (step 6).
  const equipment = await as(USERS.equipmentHead, { path: bookingPath });
  const ep = equipment.page;
  const podium = ep.getByRole("row").filter({ hasText: "Podium" });
  await expect(podium.getByRole("cell").nth(2)).toHaveText("3");
  await act(ep, "Periksa peralatan", {
    fill: async (dialog) => {
      await expect(dialog.getByLabel("Jumlah disetujui: Podium")).toHaveValue("2");
      await dialog.getByLabel("Jumlah disetujui: Podium").fill("1");
    },
    text: "Dua podium dipakai acara lain",
    confirm: "Simpan jumlah",
  });
  await expectStatus(ep, "Menunggu keputusan pemohon");

  // Step 6: the requester continues without the missing podium.
  await expectStatus(rq, "Menunggu keputusan pemohon");
  await act(rq, "Lanjutkan tanpa kekurangan", { confirm: "Lanjutkan" });
  await expectStatus(rq, "Validasi");

  // Steps 7 and 8: the head of service validates, then sets the schedule an hour later.
  const head = await as(USERS.serviceHead, { path: bookingPath });
  const hp = head.page;
  await act(hp, "Validasi");
  await expectStatus(hp, "Penjadwalan");
  await act(hp, "Tetapkan jadwal", {
    fill: async (dialog) => {
      await dialog.getByLabel("Jam mulai").fill("10:00");
      await dialog.getByLabel("Jam selesai").fill("12:00");
    },
    text: "Dimajukan satu jam untuk acara sebelumnya",
    confirm: "Setujui",
  });
  await expectStatus(hp, "Disetujui");
  await expect(hp.getByText(/10\.00–12\.00 WIB/)).toBeVisible();

  // The requester sees the approval and the new time live; the history has every step.
  await expectStatus(rq, "Disetujui");
  await expect(rq.getByText(/10\.00–12\.00 WIB/)).toBeVisible();
  const history = rq.getByRole("region", { name: "Riwayat" });
  for (const step of [
    "Diajukan",
    "Diminta perbaikan",
    "Diajukan kembali",
    "Diverifikasi",
    "Peralatan diperiksa",
    "Dilanjutkan tanpa kekurangan peralatan",
    "Divalidasi",
    "Jadwal ditetapkan",
  ]) {
    await expect(history.getByText(step, { exact: true }).first()).toBeVisible();
  }
  await expect(history.getByText(/Kasubbag Pelayanan Balaikota \(Kasubbag Pelayanan\)/).first()).toBeVisible();

  // Step 9: the requester cancels, with a reason; the officer's page follows.
  await act(rq, "Batalkan", { text: "Acara ditunda oleh pimpinan", confirm: "Batalkan peminjaman" });
  await expectStatus(rq, "Dibatalkan");
  await expect(history.getByText("“Acara ditunda oleh pimpinan”")).toBeVisible();
  await expectStatus(op, "Dibatalkan");
});

test("a cancellation needs a reason, given beside the field", async ({ as }) => {
  const title = uniqueTitle("Rapat tanpa alasan");
  const { page } = await as(USERS.requester, { path: "/requests/new" });
  await fillRequest(page, {
    room: "Ruang Rapat Blok F Lantai 3",
    date: jakartaDay(13),
    start: "13:00",
    end: "14:00",
    title,
  });
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expectStatus(page, "Diajukan");
  await page.getByRole("group", { name: "Tindakan" }).getByRole("button", { name: "Batalkan" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Batalkan peminjaman" }).click();
  await expect(dialog.getByText("Tuliskan alasannya.")).toBeVisible();
  await expectStatus(page, "Diajukan");
});
