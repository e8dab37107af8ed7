/** The event-report list pages through the connection: 20 reports, then "load more". */

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, test, USERS } from "./fixtures";
import { at, firstRooms, jakartaDay, submitBooking } from "./webb";

test("the event-report list shows 20 reports, then the rest on 'load more'", async ({ as, server }) => {
  const token = await server.token(USERS.requester);
  const rooms = await firstRooms(server, token, 5);
  const day = jakartaDay(31);
  const ids: string[] = [];
  for (const [i, room] of rooms.entries()) {
    for (const hour of ["08", "09", "10", "11", "12"]) {
      if (ids.length === 23) break;
      const b = await submitBooking(server, token, {
        roomId: room.id,
        startsAt: at(day, `${hour}:00`),
        endsAt: at(day, `${hour}:45`),
        title: `Acara berlaporan ${i}-${hour}`,
      });
      ids.push(b.id);
    }
  }
  // Their reports, written into the server's database (the list is what is tested here; the
  // report flow itself is e2e/report.spec.ts).
  const pks = ids.map((id) => Buffer.from(id, "base64").toString().split(":")[1]);
  const script = `
import sqlite3, sys
from datetime import datetime, timezone
db = sqlite3.connect(sys.argv[1])
now = str(datetime.now(timezone.utc).replace(microsecond=0))
for pk in sys.argv[2:]:
    db.execute("INSERT INTO event_report (booking_id, narrative, reported_at) VALUES (?, ?, ?)",
               (pk, "Acara berjalan lancar.", now))
db.commit()
`;
  execFileSync("python3", ["-c", script, join(server.dir, "epesan.sqlite3"), ...pks]);

  const { page } = await as(USERS.leadership, { path: "/reports" });
  await page.getByLabel("Dari tanggal").fill(day);
  await page.getByLabel("Sampai tanggal").fill(day);
  await expect(page.getByText("23 laporan")).toBeVisible();
  const articles = page.getByRole("article");
  await expect(articles).toHaveCount(20);
  await page.getByRole("button", { name: "Muat lagi" }).click();
  await expect(articles).toHaveCount(23);
  await expect(page.getByRole("button", { name: "Muat lagi" })).toHaveCount(0);
  // Every report once, none twice.
  const titles = await articles.evaluateAll((list) => list.map((a) => a.getAttribute("aria-label")));
  expect(new Set(titles).size).toBe(23);
});
