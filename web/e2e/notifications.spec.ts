/** Notifications: the in-app list and badge kept live, mark read; Web Push registration against
 * the API (with a subscription the test makes) delivered by the worker, and the service worker's
 * push display driven through CDP. */

import { expect, removeServer, startServer, test, USERS } from "./fixtures";
import { PushService, vapidKeys } from "./pushService";
import { at, expectAccessible, firstRooms, jakartaDay, revisionRequested, screenshot } from "./webb";

test("a notification arrives live: badge and list without reload, then marked read", async ({ as, server }) => {
  // requester2: the other specs' pages scan requester's home with its statuses
  const { page, token } = await as(USERS.requester2, { path: "/notifications" });
  const bell = page.getByTestId("notification-bell");
  await expect(page.getByRole("heading", { name: "Notifikasi", level: 1 })).toBeVisible();
  const before = Number((await bell.getAttribute("aria-label"))?.match(/\d+/)?.[0] ?? "0");

  const [room] = await firstRooms(server, token);
  const day = jakartaDay(3);
  const booking = await revisionRequested(server, USERS.requester2, USERS.officer, {
    roomId: room.id,
    startsAt: at(day, "09:00"),
    endsAt: at(day, "10:00"),
  });
  await expect(bell).toHaveAttribute("aria-label", `Notifikasi, ${before + 1} belum dibaca`);
  const item = page.getByRole("article").first();
  await expect(item.getByRole("link", { name: `Buka ${booking.reference}` })).toBeVisible();
  await expect(item.getByText("Baru")).toBeVisible();
  await expectAccessible(page, "notifications");
  await screenshot(page, "notifications");

  await item.getByRole("button", { name: "Tandai dibaca" }).click();
  await expect(bell).toHaveAttribute("aria-label", `Notifikasi, ${before} belum dibaca`);
  await expect(item.getByText("Baru")).toHaveCount(0);
});

test("push: the page registers this device with the API and the worker's message reaches it", async ({ browser }) => {
  const vapid = vapidKeys();
  const push = new PushService();
  await push.start();
  const server = await startServer({
    EPESAN_VAPID_PRIVATE_KEY: vapid.privateKey,
    EPESAN_VAPID_PUBLIC_KEY: vapid.publicKey,
  });
  try {
    const token = await server.token(USERS.requester2);
    const context = await browser.newContext({
      baseURL: server.url,
      storageState: {
        cookies: [],
        origins: [
          {
            origin: server.url,
            localStorage: [
              { name: "epesan.session", value: JSON.stringify({ token, expiresAt: null, nrk: USERS.requester2 }) },
            ],
          },
        ],
      },
    });
    // Headless Chromium has no push service to subscribe with: the browser's subscribe() returns
    // the subscription of the test's push service instead (everything after it is the app's).
    await context.addInitScript((sub) => {
      const fake = { endpoint: sub.endpoint, toJSON: () => sub, unsubscribe: async () => true };
      let subscribed = false;
      PushManager.prototype.subscribe = async () => {
        subscribed = true;
        return fake as unknown as PushSubscription;
      };
      PushManager.prototype.getSubscription = async () => (subscribed ? fake : null) as unknown as PushSubscription;
    }, push.subscription());
    const page = await context.newPage();
    await page.goto("/notifications");
    await page.getByRole("button", { name: "Aktifkan" }).click();
    await expect(page.getByText("Aktif: notifikasi tetap tiba walau tab ditutup.")).toBeVisible();
    await page.close(); // the tab is closed; the notification still reaches the device

    const [room] = await firstRooms(server, token);
    const day = jakartaDay(4);
    const booking = await revisionRequested(server, USERS.requester2, USERS.officer, {
      roomId: room.id,
      startsAt: at(day, "13:00"),
      endsAt: at(day, "14:00"),
    });
    await expect.poll(() => push.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const [sent] = push.received;
    expect(sent.authorization).toMatch(/^vapid t=.+,k=/);
    expect(sent.message.reference).toBe(booking.reference);
    expect(String(sent.message.title)).not.toBe("");
    await context.close();
  } finally {
    await removeServer(server);
    await push.stop();
  }
});

test("the service worker shows a pushed message (CDP ServiceWorker.deliverPushMessage)", async ({ as, server }) => {
  const { page, context } = await as(USERS.requester, { path: "/notifications" });
  const cdp = await context.newCDPSession(page);
  const registration = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL.startsWith(server.url) && !r.isDeleted);
      if (found) resolve(found.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.evaluate(() => {
    const w = window as unknown as { pushes: unknown[] };
    w.pushes = [];
    navigator.serviceWorker.addEventListener("message", (e) => w.pushes.push(e.data));
  });
  const registrationId = await registration;
  await cdp.send("ServiceWorker.deliverPushMessage", {
    origin: server.url,
    registrationId,
    data: JSON.stringify({ title: "Perlu perbaikan", body: "BK-1 perlu perbaikan", url: "/bookings/12", tag: "t1" }),
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { pushes: unknown[] }).pushes))
    .toContainEqual({ type: "epesan-push", title: "Perlu perbaikan", body: "BK-1 perlu perbaikan" });
});
