/** The session's edges: logging out ends this device's Web Push subscription (at the API and in
 * the browser) and clears the token; a 429 TOO_MANY_REQUESTS answer is retried after Retry-After. */

import { expect, removeServer, startServer, test, USERS } from "./fixtures";
import { PushService, vapidKeys } from "./pushService";
import { at, firstRooms, jakartaDay, revisionRequested } from "./webb";

test("logout unsubscribes this device from Web Push at the API and in the browser", async ({ browser }) => {
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
    // Headless Chromium has no push service: subscribe() returns the test push service's
    // subscription, and its unsubscribe() is recorded (everything else is the app's).
    await context.addInitScript((sub) => {
      const w = window as unknown as { pushUnsubscribed: boolean };
      w.pushUnsubscribed = false;
      let subscribed = false;
      const fake = {
        endpoint: sub.endpoint,
        toJSON: () => sub,
        unsubscribe: async () => {
          subscribed = false;
          w.pushUnsubscribed = true;
          return true;
        },
      };
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

    await page.getByRole("button", { name: "Keluar" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect(await page.evaluate(() => (window as unknown as { pushUnsubscribed: boolean }).pushUnsubscribed)).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem("epesan.session"))).toBeNull();
    // The old token no longer works.
    const me = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { nrk } }" }),
    });
    expect(await me.json()).toEqual({ data: { me: null } });

    // A notification for that user now goes by e-mail only: no push delivery, nothing pushed.
    const [room] = await firstRooms(server, await server.token(USERS.requester));
    const day = jakartaDay(5);
    await revisionRequested(server, USERS.requester2, USERS.officer, {
      roomId: room.id,
      startsAt: at(day, "15:00"),
      endsAt: at(day, "16:00"),
    });
    const admin = await server.token(USERS.admin);
    const deliveries = async () =>
      (
        await server.graphql<{
          notificationDeliveries: { edges: { node: { channel: string; recipientNrk: string } }[] };
        }>(admin, "{ notificationDeliveries(first: 100) { edges { node { channel recipientNrk } } } }")
      ).notificationDeliveries.edges
        .map((e) => e.node)
        .filter((d) => d.recipientNrk === USERS.requester2);
    await expect.poll(async () => (await deliveries()).map((d) => d.channel)).toContain("EMAIL");
    expect((await deliveries()).map((d) => d.channel)).not.toContain("PUSH");
    expect(push.received).toHaveLength(0);
    await context.close();
  } finally {
    await removeServer(server);
    await push.stop();
  }
});

test("a 429 TOO_MANY_REQUESTS answer is retried after the API's Retry-After", async ({ as }) => {
  const { page } = await as(USERS.requester, { path: "/login" });
  // The API's answer when this user already has its maximum of requests in flight (api/limits.py):
  // the first home-page query is refused that way once, here at the network.
  const seen: number[] = [];
  await page.route("**/graphql", async (route) => {
    const body = route.request().postData() ?? "";
    if (!body.includes("RequesterHomeQuery")) return route.continue();
    seen.push(Date.now());
    if (seen.length > 1) return route.continue();
    return route.fulfill({
      status: 429,
      headers: { "Content-Type": "application/json", "Retry-After": "2" },
      body: JSON.stringify({
        data: null,
        errors: [{ message: "Terlalu banyak permintaan.", extensions: { code: "TOO_MANY_REQUESTS" } }],
      }),
    });
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Permohonan instansi saya" })).toBeVisible();
  expect(seen.length).toBe(2);
  expect(seen[1] - seen[0]).toBeGreaterThanOrEqual(1900);
});
