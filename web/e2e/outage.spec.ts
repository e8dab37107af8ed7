/** An outage: the server stops while the requester sends the form, then starts again on the same
 * port. The page says so, keeps what was typed, sends the request again with the same idempotency
 * key when the server answers, and exactly one booking is made. */

import { expect, openAs, removeServer, startServer, test, USERS } from "./fixtures";
import { fillRequest, jakartaDay, uniqueTitle } from "./helpers";

test("the server stops and starts: the banner shows and the retried request makes one booking", async ({ browser }) => {
  const server = await startServer();
  try {
    const { page, context, token } = await openAs(browser, server, USERS.requester, { path: "/requests/new" });
    const title = uniqueTitle("Rapat saat gangguan");
    await fillRequest(page, {
      room: "Ruang Rapat Blok B Lantai 14",
      date: jakartaDay(15),
      start: "09:00",
      end: "10:00",
      title,
    });

    await server.stop();
    // A double click while the server is down.
    await page.getByRole("button", { name: "Kirim permohonan" }).dblclick();
    await expect(
      page.getByText(
        "Server tidak dapat dihubungi. Isian Anda tersimpan di perangkat ini; kami mencoba lagi otomatis.",
      ),
    ).toBeVisible();
    await expect(page.getByText(/Permohonan akan dikirim otomatis \(sekali saja\)/)).toBeVisible();
    await expect(page.getByLabel("Nama kegiatan")).toHaveValue(title);

    await server.start();
    await expect(page).toHaveURL(/\/bookings\//, { timeout: 20_000 });
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByTestId("connection-banner")).toHaveCount(0);

    const data = await server.graphql<{ bookings: { edges: Array<{ node: { title: string } }> } }>(
      token,
      "{ bookings(first: 100) { edges { node { title } } } }",
    );
    expect(data.bookings.edges.filter((e) => e.node.title === title)).toHaveLength(1);
    await context.close();
  } finally {
    await removeServer(server);
  }
});

test("a refresh keeps the typed form and its key: sending twice makes one booking", async ({ as, server }) => {
  const { page, token } = await as(USERS.requester, { path: "/requests/new" });
  const title = uniqueTitle("Rapat setelah muat ulang");
  await fillRequest(page, {
    room: "Ruang Rapat Blok B Lantai 15",
    date: jakartaDay(15),
    start: "09:00",
    end: "10:00",
    title,
  });
  const key = await page.evaluate(() => JSON.parse(localStorage.getItem("epesan.draft.request.100001") ?? "{}").key);
  await page.reload();
  await expect(page.getByLabel("Nama kegiatan")).toHaveValue(title);
  await expect(page.getByRole("button", { name: "Surat permohonan" })).toContainText("surat-permohonan.pdf");
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem("epesan.draft.request.100001") ?? "{}").key)).toBe(
    key,
  );
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page).toHaveURL(/\/bookings\//);
  // The draft is gone once sent: the next form is a new booking with a new key.
  await page.goto("/requests/new");
  await expect(page.getByLabel("Nama kegiatan")).toHaveValue("");
  const data = await server.graphql<{ bookings: { edges: Array<{ node: { title: string } }> } }>(
    token,
    "{ bookings(first: 100) { edges { node { title } } } }",
  );
  expect(data.bookings.edges.filter((e) => e.node.title === title)).toHaveLength(1);
});
