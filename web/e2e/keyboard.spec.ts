/** The main request flow with the keyboard only (Tab, Shift+Tab, Enter, arrows and typing; no
 * mouse), each stop with a visible focus indicator. */

import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test, USERS } from "./fixtures";
import { LETTER } from "./helpers";
import { firstRooms, jakartaDay } from "./webb";

/** The focused element's accessible name (aria-label, its label, else its text) and whether its
 * focus is visible (:focus-visible with a painted outline or box-shadow). */
async function focused(page: Page): Promise<{ name: string; visible: boolean; moved: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const w = window as unknown as { lastFocus?: Element | null };
    // Tab also steps through the parts of a date or time field (day, month, year): same element.
    const moved = el !== w.lastFocus;
    w.lastFocus = el;
    if (!el || el === document.body) return { name: "", visible: false, moved };
    const labelled = el.getAttribute("aria-labelledby");
    const name =
      el.getAttribute("aria-label") ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      "";
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== "none";
    return { name: name.trim(), visible: el.matches(":focus-visible") && (outline || shadow), moved };
  });
}

/** Tab forward until the focused element's name matches; every stop must show its focus. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f.name && f.moved) expect(f.visible, `focus visible on "${f.name}"`).toBe(true);
    if (name.test(f.name)) return;
  }
  throw new Error(`no focusable element named ${name} within ${max} tabs`);
}

test("a requester logs in and submits a request with the keyboard only, focus always visible", async ({
  page,
  server,
}) => {
  const token = await server.token(USERS.requester);
  const [, , , room] = await firstRooms(server, token, 4);
  const day = jakartaDay(26);
  const [year, month, date] = day.split("-");
  const title = `Rapat papan ketik ${Date.now().toString(36)}`;

  await page.goto("/login");
  await tabTo(page, /^NRK/);
  await page.keyboard.type(USERS.requester);
  await tabTo(page, /^Kata sandi/);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Permohonan instansi saya" })).toBeVisible();

  await tabTo(page, /^Ajukan peminjaman$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Ajukan peminjaman ruangan" })).toBeVisible();

  await tabTo(page, /^Ruangan/);
  await page.keyboard.type(room.name);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("combobox", { name: "Ruangan" })).toHaveValue(new RegExp(`^${room.name} \\(`));
  await tabTo(page, /^Tanggal/);
  // Chromium's date field follows its own interface language (en-US here: mm/dd/yyyy).
  await page.keyboard.type(`${month}${date}${year}`);
  await expect(page.getByLabel("Tanggal")).toHaveValue(day);
  await tabTo(page, /^Jam mulai/);
  await page.keyboard.type("1000");
  await tabTo(page, /^Jam selesai/);
  await page.keyboard.type("1100");
  await expect(page.getByLabel("Jam selesai")).toHaveValue("11:00");
  await tabTo(page, /^Nama kegiatan/);
  await page.keyboard.type(title);
  await tabTo(page, /^Tujuan kegiatan/);
  await page.keyboard.type("Rapat koordinasi tanpa tetikus");
  await tabTo(page, /^Jumlah peserta/);
  await page.keyboard.type("12");
  await tabTo(page, /^Surat permohonan/);
  // Enter on the focused file button opens the chooser; a key pressed while the form re-renders
  // (the equipment query answering) can be lost, so the keyboard user presses it again.
  let chooser = null;
  for (let attempt = 0; attempt < 3 && chooser === null; attempt++) {
    const opened = page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null);
    await page.keyboard.press("Enter");
    chooser = await opened;
  }
  if (chooser === null) throw new Error("Enter on the letter button never opened the file chooser");
  await chooser.setFiles(LETTER);
  await expect(page.getByRole("button", { name: "Surat permohonan" })).toContainText(LETTER.name);
  await tabTo(page, /^Kirim permohonan$/);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/bookings\/[^/]+$/);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/keyboard-booking-id.png", fullPage: true });
});
