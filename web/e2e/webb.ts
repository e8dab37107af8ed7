/** Helpers of web-b's browser tests: API calls that set the scene (the pages are driven through
 * the browser), the axe scan and screenshots. */

import { execFileSync } from "node:child_process";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { LETTER_PDF, type Server } from "./fixtures";

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // The app shell (navigation, header) is web-a's and scanned by its tests; this scans the page.
  const main = await page.locator("#main").count();
  const builder = new AxeBuilder({ page });
  const result = await (main ? builder.include("#main") : builder).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
    [],
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true });
}

export interface RoomRef {
  id: string;
  code: string;
  name: string;
}

export async function firstRooms(server: Server, token: string, count = 1): Promise<RoomRef[]> {
  const data = await server.graphql<{ rooms: { edges: { node: RoomRef }[] } }>(
    token,
    "query { rooms(first: 100) { edges { node { id code name } } } }",
  );
  return data.rooms.edges.slice(0, count).map((e) => e.node);
}

/** Whole minutes (the API refuses seconds), as ISO. */
export function minutesFromNow(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000);
  d.setUTCSeconds(0, 0);
  return d.toISOString();
}

/** A JPEG made in the page's canvas (a real image the photo worker can decode). */
export async function jpegBytes(page: Page, width = 1200, height = 900): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no canvas");
      const gradient = ctx.createLinearGradient(0, 0, w, h);
      gradient.addColorStop(0, "#0b5394");
      gradient.addColorStop(1, "#f1c232");
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = "#ffffff";
      ctx.font = "bold 96px sans-serif";
      ctx.fillText("Balai Kota", 80, h / 2);
      const blob: Blob = await new Promise((ok) => canvas.toBlob((b) => ok(b as Blob), "image/jpeg", 0.9));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = "";
      for (const b of bytes) text += String.fromCharCode(b);
      return btoa(text);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, "base64");
}

/** Submit a booking as `token` through the API's multipart upload (with a small PDF letter). */
export async function submitBooking(
  server: Server,
  token: string,
  input: {
    roomId: string;
    startsAt: string;
    endsAt: string;
    title?: string;
    participants?: number;
    equipment?: { equipmentId: string; quantity: number }[];
  },
): Promise<{ id: string; reference: string; status: string }> {
  const query = `mutation($input: SubmitBookingInput!) { submitBooking(input: $input) {
    booking { id reference status } errors { code message field } } }`;
  const operations = {
    query,
    variables: {
      input: {
        idempotencyKey: crypto.randomUUID(),
        title: input.title ?? "Rapat Koordinasi",
        purpose: "Koordinasi program kerja",
        participants: input.participants ?? 10,
        letter: null,
        equipment: input.equipment ?? [],
        roomId: input.roomId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
      },
    },
  };
  const form = new FormData();
  form.append("operations", JSON.stringify(operations));
  form.append("map", JSON.stringify({ 0: ["variables.input.letter"] }));
  form.append("0", new Blob([LETTER_PDF], { type: "application/pdf" }), "surat.pdf");
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Apollo-Require-Preflight": "true" },
    body: form,
  });
  const json = (await res.json()) as {
    data: { submitBooking: { booking: { id: string; reference: string; status: string } | null; errors: unknown[] } };
  };
  const result = json.data.submitBooking;
  if (!result.booking) throw new Error(`submitBooking: ${JSON.stringify(result.errors)}`);
  return result.booking;
}

/** A date (YYYY-MM-DD) `days` from today in Jakarta, and an ISO time on it at +07:00. */
export function jakartaDay(days: number): string {
  const d = new Date(Date.now() + 7 * 3600_000 + days * 86400_000);
  return d.toISOString().slice(0, 10);
}
export const at = (day: string, hhmm: string) => `${day}T${hhmm}:00+07:00`;

/** A booking of the requester, then SOP step 3 "request a revision" by the officer: the requester
 * gets an in-app notification (and a push, when the server has VAPID keys). */
export async function revisionRequested(
  server: Server,
  requesterNrk: string,
  officerNrk: string,
  slot: { roomId: string; startsAt: string; endsAt: string },
): Promise<{ id: string; reference: string }> {
  const booking = await submitBooking(server, await server.token(requesterNrk), slot);
  await server.graphql(
    await server.token(officerNrk),
    `mutation($input: RequestRevisionInput!) { requestRevision(input: $input) { errors { code message } } }`,
    { input: { bookingId: booking.id, note: "Lampirkan surat bertanda tangan" } },
  );
  return booking;
}

/** Take a requester's booking through steps 3, 7 and 8 as the officer and the head. */
export async function approve(server: Server, bookingId: string): Promise<void> {
  const officer = await server.token("200001");
  const head = await server.token("200002");
  for (const [token, verb] of [
    [officer, "verifyBooking"],
    [head, "validateBooking"],
    [head, "approveBooking"],
  ] as const) {
    const name = verb[0].toUpperCase() + verb.slice(1);
    const data = await server.graphql<Record<string, { errors: unknown[]; booking: { status: string } }>>(
      token,
      `mutation($input: ${name}Input!) { ${verb}(input: $input) { booking { status } errors { code message } } }`,
      { input: { bookingId } },
    );
    if (data[verb].errors.length) throw new Error(`${verb}: ${JSON.stringify(data[verb].errors)}`);
  }
}

/** As if time passed (the Python tests' approved_booking does the same): the booking started half
 * an hour ago. Written in the server's SQLite database. */
export function startedHalfAnHourAgo(server: Server, bookingId: string): void {
  const pk = Buffer.from(bookingId, "base64").toString().split(":")[1];
  const script = `
import sqlite3, sys
from datetime import datetime, timedelta, timezone
db = sqlite3.connect(sys.argv[1])
start = datetime.now(timezone.utc).replace(second=0, microsecond=0) - timedelta(minutes=30)
n = db.execute("UPDATE booking SET starts_at = ?, ends_at = ? WHERE id = ?",
               (str(start), str(start + timedelta(hours=1)), sys.argv[2])).rowcount
db.commit()
assert n == 1, n
`;
  execFileSync("python3", ["-c", script, join(server.dir, "epesan.sqlite3"), pk]);
}
