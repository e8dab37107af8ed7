/* Figures of the web app (issue #12), measured in headless Chromium on this machine:
 *   1. bytes of JavaScript and CSS (gzip) loaded by the login page and by the home page;
 *   2. time from navigation to an interactive day view of 50 rooms with 369 bookings;
 *   3. scripting time of applying one live update to that day view.
 * It starts its own `epesan serve --demo` on a temporary SQLite database, seeds the day itself
 * (bench/seed_day.py) and prints the figures and how they were made.
 *
 *   cd web && npm run build && node bench/bench_web.mjs [--runs 5] [--updates 5]
 */

import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const REPO = resolve(HERE, "..", "..");
const EPESAN = process.env.EPESAN_BIN ?? join(REPO, ".venv", "bin", "epesan");
const PYTHON = join(REPO, ".venv", "bin", "python");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 5);
const UPDATES = arg("updates", 5);
const ROOMS = 50;
const BOOKINGS = 369;
const PASSWORD = "Balaikota2026!";
/** A real one-page PDF: the service parses letters. */
const LETTER_PDF =
  "JVBERi0xLjMKJeLjz9MKMSAwIG9iago8PAovUHJvZHVjZXIgKHB5cGRmKQo+PgplbmRvYmoKMiAwIG9iago8PAovVHlwZSAvUGFnZXMKL0NvdW50IDEKL0tpZHMgWyA0IDAgUiBdCj4+CmVuZG9iagozIDAgb2JqCjw8Ci9UeXBlIC9DYXRhbG9nCi9QYWdlcyAyIDAgUgo+PgplbmRvYmoKNCAwIG9iago8PAovVHlwZSAvUGFnZQovUmVzb3VyY2VzIDw8Cj4+Ci9NZWRpYUJveCBbIDAuMCAwLjAgNTk1IDg0MiBdCi9QYXJlbnQgMiAwIFIKPj4KZW5kb2JqCnhyZWYKMCA1CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAxNSAwMDAwMCBuIAowMDAwMDAwMDU0IDAwMDAwIG4gCjAwMDAwMDAxMTMgMDAwMDAgbiAKMDAwMDAwMDE2MiAwMDAwMCBuIAp0cmFpbGVyCjw8Ci9TaXplIDUKL1Jvb3QgMyAwIFIKL0luZm8gMSAwIFIKPj4Kc3RhcnR4cmVmCjI1NgolJUVPRgo=";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;

async function freePort() {
  return new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function startServer() {
  const dir = mkdtempSync(join(tmpdir(), "epesan-bench-web-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const db = `sqlite://${join(dir, "epesan.sqlite3")}`;
  const child = spawn(EPESAN, ["serve", "--demo", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: dir,
    env: { ...process.env, EPESAN_DATABASE_URL: db, EPESAN_STORAGE_DIR: join(dir, "files"), EPESAN_BROKER_URL: "" },
    stdio: "ignore",
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return { url, db, dir, child };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("epesan serve did not start");
}

async function graphql(url, query, variables = {}, token) {
  // Once more if the socket was closed under us: fetch reuses the kept-alive connection of the
  // /health polls, which uvicorn closes after 5 s idle (the seeding takes about that long).
  try {
    return await graphqlOnce(url, query, variables, token);
  } catch (e) {
    if (e?.cause?.code !== "UND_ERR_SOCKET") throw e;
    return graphqlOnce(url, query, variables, token);
  }
}

async function graphqlOnce(url, query, variables, token) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()).data;
}

async function login(url, nrk) {
  const d = await graphql(url, "mutation($i: LoginInput!) { login(input: $i) { token } }", {
    i: { nrk, password: PASSWORD },
  });
  return d.login.token;
}

async function submit(url, token, roomId, startsAt, endsAt) {
  const form = new FormData();
  const query =
    "mutation($input: SubmitBookingInput!) { submitBooking(input: $input) { booking { id } errors { code message } } }";
  const input = {
    idempotencyKey: crypto.randomUUID(),
    roomId,
    startsAt,
    endsAt,
    title: "Rapat live",
    purpose: "Bench",
    participants: 5,
    letter: null,
    equipment: [],
  };
  form.append("operations", JSON.stringify({ query, variables: { input } }));
  form.append("map", JSON.stringify({ 0: ["variables.input.letter"] }));
  form.append("0", new Blob([Buffer.from(LETTER_PDF, "base64")], { type: "application/pdf" }), "surat.pdf");
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Apollo-Require-Preflight": "true" },
    body: form,
  });
  const json = await res.json();
  if (!json.data.submitBooking.booking) throw new Error(JSON.stringify(json.data.submitBooking.errors));
}

function jakartaDay(days) {
  return new Date(Date.now() + 7 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

async function contextAs(browser, url, token, nrk) {
  const storage = token
    ? [
        { name: "epesan.session", value: JSON.stringify({ token, expiresAt: null, nrk }) },
        { name: "epesan.language", value: "id" },
      ]
    : [];
  return browser.newContext({
    baseURL: url,
    viewport: { width: 1280, height: 800 },
    storageState: { cookies: [], origins: [{ origin: url, localStorage: storage }] },
  });
}

/** JS and CSS a page loads (fresh context: nothing cached), raw and gzip-compressed. */
async function assetBytes(context, path) {
  const page = await context.newPage();
  const bodies = [];
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    if (type === "script" || type === "stylesheet") {
      try {
        bodies.push({ url: response.url(), type, body: await response.body() });
      } catch {}
    }
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  await page.close();
  const sum = (type, f) => bodies.filter((b) => !type || b.type === type).reduce((n, b) => n + f(b.body), 0);
  return {
    files: bodies.length,
    js: sum("script", (b) => gzipSync(b, { level: 9 }).length),
    css: sum("stylesheet", (b) => gzipSync(b, { level: 9 }).length),
    raw: sum(null, (b) => b.length),
  };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: process.getuid?.() === 0 ? ["--no-sandbox"] : [],
});
try {
  const day = jakartaDay(2);
  execFileSync(PYTHON, [join(HERE, "seed_day.py"), server.db, day, String(ROOMS), String(BOOKINGS)], {
    cwd: REPO,
    env: { ...process.env, PYTHONPATH: REPO },
    stdio: "inherit",
  });
  const requester = await login(server.url, "100001");
  const admin = await login(server.url, "900001");

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const loginBytes = await assetBytes(await contextAs(browser, server.url), "/login");
  const homeBytes = await assetBytes(await contextAs(browser, server.url, requester, "100001"), "/");
  const dayBytes = await assetBytes(await contextAs(browser, server.url, admin, "900001"), `/rooms?date=${day}`);

  // Navigation to an interactive day view: every booking drawn, then the next frame and an idle task.
  const times = [];
  let last = null;
  for (let run = 0; run < RUNS; run++) {
    const context = await contextAs(browser, server.url, admin, "900001");
    const page = await context.newPage();
    await page.goto(`/rooms?date=${day}`, { waitUntil: "commit" });
    await page.waitForFunction((n) => document.querySelectorAll('tbody a[href^="/bookings/"]').length >= n, BOOKINGS, {
      polling: "raf",
      timeout: 60_000,
    });
    const at = await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))),
    );
    times.push(at);
    if (last) await last.context.close();
    last = { context, page };
  }

  // One live update: another agency's request in one of the rooms; scripting time in the renderer
  // (CDP Performance.getMetrics ScriptDuration) from before the request until it is drawn.
  const page = last.page;
  const cdp = await last.context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const rooms = (await graphql(server.url, "{ rooms(first: 100) { edges { node { id } } } }", {}, admin)).rooms.edges;
  await page.waitForTimeout(1000); // the subscription is open
  const metric = async (name) => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === name).value;
  // What the open page scripts anyway (timers, the socket's keep-alive) per ms, to subtract.
  const idleBefore = await metric("ScriptDuration");
  const idleStart = Date.now();
  await page.waitForTimeout(3000);
  const idlePerMs = (((await metric("ScriptDuration")) - idleBefore) * 1000) / (Date.now() - idleStart);
  const updates = [];
  for (let i = 0; i < UPDATES; i++) {
    const count = await page.evaluate(() => document.querySelectorAll('tbody a[href^="/bookings/"]').length);
    await page.waitForTimeout(500);
    const before = await metric("ScriptDuration");
    const taskBefore = await metric("TaskDuration");
    const started = Date.now();
    await submit(server.url, requester, rooms[i].node.id, `${day}T16:00:00+07:00`, `${day}T17:00:00+07:00`);
    await page.waitForFunction((n) => document.querySelectorAll('tbody a[href^="/bookings/"]').length > n, count, {
      polling: "raf",
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const wall = Date.now() - started;
    updates.push({
      wall,
      script: ((await metric("ScriptDuration")) - before) * 1000 - idlePerMs * wall,
      task: ((await metric("TaskDuration")) - taskBefore) * 1000,
    });
  }

  console.log("ePesanRuangan web figures (web/bench/bench_web.mjs)");
  console.log(
    `  machine: ${process.platform}, Node ${process.version}, Chromium ${browser.version()} headless, 1280x800`,
  );
  console.log("  service: epesan serve --demo, SQLite, embedded worker, on this machine");
  console.log(
    "\n1. JS + CSS loaded (fresh browser context, bodies gzip -9 by this script; the service sends them uncompressed)",
  );
  for (const [name, b] of [
    ["login page (/login)", loginBytes],
    ["home page (/, requester)", homeBytes],
    [`day view (/rooms, ADMIN)`, dayBytes],
  ]) {
    console.log(
      `  ${name.padEnd(28)} JS ${kb(b.js).padStart(9)}  CSS ${kb(b.css).padStart(8)}  total ${kb(b.js + b.css).padStart(9)} gzip  (${b.files} files, ${kb(b.raw)} raw)`,
    );
  }
  console.log("  target: <= 250 KB gzip for the first page");
  console.log(
    `\n2. navigation -> interactive day view, ${ROOMS} rooms, ${BOOKINGS} bookings (ADMIN, fresh context per run)`,
  );
  console.log(`  runs: ${times.map(fmt).join(", ")}`);
  console.log(
    `  median ${fmt(median(times))}, best ${fmt(Math.min(...times))}  (performance.now() when every booking is drawn + next frame; target <= 1500 ms)`,
  );
  console.log(`\n3. one live update (availabilityChanged) applied to that day view, ${UPDATES} updates`);
  console.log(
    `  scripting: ${updates.map((u) => fmt(u.script)).join(", ")}; median ${fmt(median(updates.map((u) => u.script)))}`,
  );
  console.log(
    `  idle page scripting subtracted: ${(idlePerMs * 1000).toFixed(1)} ms per s; request-to-drawn wall time median ${fmt(median(updates.map((u) => u.wall)))}`,
  );
  console.log(
    `  all main-thread tasks: median ${fmt(median(updates.map((u) => u.task)))} (script + style + layout + paint)`,
  );
  console.log(
    "  (CDP Performance.getMetrics ScriptDuration, from before the request until the booking is drawn; target <= 16 ms)",
  );
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(server.dir, { recursive: true, force: true });
}
