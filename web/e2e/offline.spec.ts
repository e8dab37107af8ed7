/** Without a network: the app shell (kept by the service worker) and the last loaded "my
 * bookings" (kept in localStorage) open after a reload, with the offline banner. */

import { expect, test, USERS } from "./fixtures";
import { at, firstRooms, jakartaDay, submitBooking } from "./webb";

test("offline: the shell and the last loaded 'my bookings' open after a reload, with a banner", async ({
  as,
  server,
}) => {
  const requester = await server.token(USERS.requester);
  const [room] = await firstRooms(server, requester, 1);
  const day = jakartaDay(19);
  const title = `Rapat luring ${Date.now().toString(36)}`;
  await submitBooking(server, requester, {
    roomId: room.id,
    startsAt: at(day, "13:00"),
    endsAt: at(day, "14:00"),
    title,
  });

  const { page, context } = await as(USERS.requester);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  // The service worker controls the page and keeps every script and style it loaded.
  await page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false;
      const kept = (await (await caches.open("epesan-assets-v1")).keys()).map((r) => r.url);
      const loaded = performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((u) => new URL(u).pathname.startsWith("/assets/"));
      return loaded.length > 0 && loaded.every((u) => kept.includes(u));
    },
    undefined,
    { timeout: 20_000, polling: 250 },
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // the shell
  await expect(page.getByRole("link", { name: title })).toBeVisible(); // the last list
  await expect(page.getByTestId("connection-banner")).toHaveText("Perangkat Anda sedang luring.");
  await expect(page.getByText("Anda sedang luring: daftar ini adalah yang terakhir dimuat.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/offline-home-id.png", fullPage: true });

  // Back online: the banner goes and the page answers again.
  await context.setOffline(false);
  await expect(page.getByTestId("connection-banner")).toBeHidden({ timeout: 15_000 });
});
