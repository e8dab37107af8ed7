import { expect, test, USERS } from "./fixtures";

test("a requester logs in with NRK and password and reaches the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("NRK").fill(USERS.requester);
  await page.getByLabel("Kata sandi").fill("Balaikota2026!");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Halaman utama" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
});
