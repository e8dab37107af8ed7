import { expect, test, USERS } from "./fixtures";

test("pages render for each role", async ({ as }) => {
  for (const [who, nrk] of Object.entries(USERS)) {
    const { page } = await as(nrk);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.screenshot({ path: `test-results/smoke-home-${who}.png`, fullPage: true });
    if (who === "requester") {
      await page.goto("/rooms");
      await expect(page.getByRole("table")).toBeVisible();
      await page.screenshot({ path: "test-results/smoke-rooms.png", fullPage: true });
      await page.goto("/requests/new");
      await expect(page.getByRole("combobox", { name: "Ruangan" })).toBeVisible();
      await page.screenshot({ path: "test-results/smoke-request.png", fullPage: true });
    }
  }
});
