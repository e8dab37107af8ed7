/** The room display: ADMIN makes a link; a tablet with no login shows the room, follows a change
 * live, and is refused once the link is revoked. */

import { expect, test, USERS } from "./fixtures";
import { expectAccessible, firstRooms, minutesFromNow, screenshot } from "./webb";

test("a display link made by ADMIN shows the room live without login, and stops at revoke", async ({
  as,
  browser,
  server,
}) => {
  const admin = await as(USERS.admin, { path: "/admin/displays" });
  await expect(admin.page.getByRole("heading", { name: "Layar ruangan" })).toBeVisible();
  const [room] = await firstRooms(server, admin.token);
  await admin.page.getByLabel("Label (mis. Pintu utara)").fill("Pintu utara");
  await admin.page.getByRole("button", { name: "Buat tautan" }).click();
  const url = (await admin.page.getByTestId("display-url").textContent()) ?? "";
  expect(url).toMatch(/\/display\/[\w-]{40,}$/);
  await expect(admin.page.getByRole("button", { name: "Cabut Pintu utara" })).toBeVisible();
  await expectAccessible(admin.page, "admin displays");
  await screenshot(admin.page, "admin-displays");

  // The tablet: a fresh browser with no session.
  const tablet = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const door = await tablet.newPage();
  await door.goto(url);
  await expect(door.getByRole("heading", { level: 1, name: room.name })).toBeVisible();
  await expect(door.getByText("● Langsung")).toBeVisible();
  await expectAccessible(door, "display");

  // A leadership event is set on the room now: the door shows it without a reload.
  const head = await server.token(USERS.serviceHead);
  await server.graphql(
    head,
    `mutation($input: CreateLeadershipBlockInput!) { createLeadershipBlock(input: $input) { errors { code message } } }`,
    {
      input: {
        roomIds: [room.id],
        startsAt: minutesFromNow(-10),
        endsAt: minutesFromNow(30),
        reason: "Rapat mendadak",
      },
    },
  );
  await expect(door.locator(".display__status")).toHaveText("Acara pimpinan");
  await expect(door.getByText("Rapat mendadak")).toHaveCount(0); // the reason is not shown at the door
  await screenshot(door, "room-display");

  // ADMIN revokes: the open display says so at once, and the link no longer opens.
  admin.page.once("dialog", (d) => void d.accept());
  await admin.page.getByRole("button", { name: "Cabut Pintu utara" }).click();
  await expect(door.getByRole("alert")).toHaveText("Tautan layar ini sudah dicabut");
  await door.reload();
  await expect(door.getByRole("alert")).toHaveText("Tautan layar ini sudah dicabut");
  await tablet.close();
});
