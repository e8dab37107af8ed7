/** SOP step 1: logging in with NRK and password, the API's refusals, logout everywhere, and an
 * expired session that returns to the page the user was on. */

import { DEMO_PASSWORD, expect, test, USERS } from "./fixtures";

test("a requester logs in with NRK and password and reaches the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("NRK").fill(USERS.requester);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { name: "Selamat datang, Operator Diskominfotik" })).toBeVisible();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Ajukan peminjaman" })).toBeVisible();
  expect(page.url()).not.toContain("token");
});

test("a wrong password, then a locked account, in the API's words", async ({ page, server }) => {
  await server.cli([
    "create-user",
    "--nrk",
    "777001",
    "--name",
    "Operator Uji Kunci",
    "--roles",
    "REQUESTER",
    "--agency",
    "BAPPEDA",
    "--password",
    "KataSandiBenar1",
  ]);
  await page.goto("/login");
  await page.getByLabel("NRK").fill("777001");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Kata sandi").fill(`salah-${i}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
  }
  // Even the right password is refused while locked.
  await page.getByLabel("Kata sandi").fill("KataSandiBenar1");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("alert")).toContainText("terkunci");
  await expect(page).toHaveURL(/\/login$/);
});

test("English on request: the page and the API's messages", async ({ page }) => {
  await page.goto("/login");
  await page.getByText("EN", { exact: true }).click();
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
  await page.getByLabel("NRK").fill(USERS.requester);
  await page
    .getByLabel(/^Password/)
    .first()
    .fill("not-the-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText(/NRK|password/i);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("logging out in one tab logs out the others", async ({ as }) => {
  const { page, context } = await as(USERS.officer);
  const other = await context.newPage();
  await other.goto("/rooms");
  await expect(other.getByRole("heading", { name: "Jadwal ruangan" })).toBeVisible();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(other).toHaveURL(/\/login$/);
  expect(await other.evaluate(() => localStorage.getItem("epesan.session"))).toBeNull();
});

test("an expired session returns to login with a message, then to the page the user was on", async ({ as, server }) => {
  const { page, token } = await as(USERS.officer, { path: "/rooms/search" });
  await expect(page.getByRole("heading", { name: "Cari ruangan kosong" })).toBeVisible();
  // The session ends on the server (as after the idle timeout).
  await server.graphql(token, "mutation { logout { ok } }");
  await page.goto("/rooms?date=2026-12-24");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("alert")).toHaveText("Sesi Anda telah berakhir. Silakan masuk kembali.");
  await page.getByLabel("NRK").fill(USERS.officer);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/rooms\?date=2026-12-24$/);
  await expect(page.getByRole("heading", { name: "Jadwal ruangan" })).toBeVisible();
});
