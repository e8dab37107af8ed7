/** Steps the specs share, done the way a person does them (labels and roles, not CSS paths). */

import { expect, type Page } from "@playwright/test";
import { LETTER_PDF } from "./fixtures";

/** The request letter a requester picks. */
export const LETTER = { name: "surat-permohonan.pdf", mimeType: "application/pdf", buffer: LETTER_PDF };

/** A Jakarta date `days` from today (YYYY-MM-DD). */
export function jakartaDay(days: number): string {
  const now = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  return now.toISOString().slice(0, 10);
}

let counter = 0;
/** A title no other test uses, to find this test's booking. */
export function uniqueTitle(what: string): string {
  counter += 1;
  return `${what} ${Date.now().toString(36)}-${counter}`;
}

export interface RequestInput {
  room: string;
  date: string;
  start: string;
  end: string;
  title: string;
  purpose?: string;
  participants?: number;
  equipment?: Array<{ name: string; quantity: number }>;
  letter?: boolean;
}

/** Pick an option of a Mantine Select (a combobox with a listbox). */
export async function choose(page: Page, label: string | RegExp, option: string | RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label }).click();
  await page.getByRole("option", { name: option }).first().click();
}

/** Fill the request form (SOP step 2) on /requests/new; the page's texts are Indonesian. */
export async function fillRequest(page: Page, r: RequestInput): Promise<void> {
  await choose(page, "Ruangan", new RegExp(`^${r.room} \\(`));
  await page.getByLabel("Tanggal").fill(r.date);
  await page.getByLabel("Jam mulai").fill(r.start);
  await page.getByLabel("Jam selesai").fill(r.end);
  await page.getByLabel("Nama kegiatan").fill(r.title);
  await page.getByLabel("Tujuan kegiatan").fill(r.purpose ?? "Rapat koordinasi program kerja");
  await page.getByLabel("Jumlah peserta").fill(String(r.participants ?? 10));
  for (const [i, line] of (r.equipment ?? []).entries()) {
    await page.getByRole("button", { name: "+ Tambah peralatan" }).click();
    await choose(page, `Peralatan ${i + 1}`, new RegExp(`^${line.name} \\(`));
    await page.getByRole("textbox", { name: "Jumlah", exact: true }).nth(i).fill(String(line.quantity));
  }
  if (r.letter !== false) {
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Surat permohonan" }).click();
    await (await chooser).setFiles(LETTER);
    await expect(page.getByRole("button", { name: "Surat permohonan" })).toContainText(LETTER.name);
  }
}

/** The booking page's status badge reads `status` (updated live, no reload). */
export async function expectStatus(page: Page, status: string): Promise<void> {
  await expect(page.getByRole("main").getByText(status, { exact: true }).first()).toBeVisible();
}

/** Use one of the booking's actions: the button, then the dialog's fields, then confirm. */
export async function act(
  page: Page,
  button: string,
  options: { text?: string; confirm?: string; fill?: (dialog: ReturnType<Page["getByRole"]>) => Promise<void> } = {},
): Promise<void> {
  await page.getByRole("group", { name: "Tindakan" }).getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (options.fill) await options.fill(dialog);
  if (options.text !== undefined) await dialog.getByRole("textbox").last().fill(options.text);
  await dialog.getByRole("button", { name: options.confirm ?? button, exact: true }).click();
  await expect(dialog).toBeHidden();
}
