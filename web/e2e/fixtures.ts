/** The fixtures of the browser tests.
 *
 * - `server` (one per worker): `epesan serve --demo` on a temporary SQLite database, temporary file
 *   storage and a free loopback port; stopped at the end. `startServer()` starts another one
 *   (e.g. to stop and restart it in the outage test).
 * - `as(nrk)`: a new browser context (its own storage, like another person's browser) logged in as
 *   that demo user, and a page in it. Every demo password is DEMO_PASSWORD (README). */

import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, test as base, expect, type Page } from "@playwright/test";

export { expect };

export const DEMO_PASSWORD = "Balaikota2026!";

/** A one-page PDF the service accepts as a request letter (it parses letters: a page, no active
 * content); made by pypdf as tests/letter_files.plain_pdf. */
export const LETTER_PDF = Buffer.from(
  "JVBERi0xLjMKJeLjz9MKMSAwIG9iago8PAovUHJvZHVjZXIgKHB5cGRmKQo+PgplbmRvYmoKMiAwIG9iago8PAovVHlwZSAvUGFnZXMKL0NvdW50IDEKL0tpZHMgWyA0IDAgUiBdCj4+CmVuZG9iagozIDAgb2JqCjw8Ci9UeXBlIC9DYXRhbG9nCi9QYWdlcyAyIDAgUgo+PgplbmRvYmoKNCAwIG9iago8PAovVHlwZSAvUGFnZQovUmVzb3VyY2VzIDw8Cj4+Ci9NZWRpYUJveCBbIDAuMCAwLjAgNTk1IDg0MiBdCi9QYXJlbnQgMiAwIFIKPj4KZW5kb2JqCnhyZWYKMCA1CjAwMDAwMDAwMDAgNjU1MzUgZiAKMDAwMDAwMDAxNSAwMDAwMCBuIAowMDAwMDAwMDU0IDAwMDAwIG4gCjAwMDAwMDAxMTMgMDAwMDAgbiAKMDAwMDAwMDE2MiAwMDAwMCBuIAp0cmFpbGVyCjw8Ci9TaXplIDUKL1Jvb3QgMyAwIFIKL0luZm8gMSAwIFIKPj4Kc3RhcnR4cmVmCjI1NgolJUVPRgo=",
  "base64",
);
export const USERS = {
  requester: "100001",
  requester2: "100002",
  officer: "200001",
  serviceHead: "200002",
  equipmentHead: "200003",
  leadership: "300001",
  admin: "900001",
} as const;

const REPO = resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
const EPESAN = process.env.EPESAN_BIN ?? join(REPO, ".venv", "bin", "epesan");

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export class Server {
  process: ChildProcess | null = null;
  readonly url: string;
  log = "";

  constructor(
    readonly port: number,
    readonly dir: string,
    readonly env: Record<string, string> = {},
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Start (or restart, on the same port and database) and wait until /health answers. */
  async start(): Promise<void> {
    const child = spawn(EPESAN, ["serve", "--demo", "--host", "127.0.0.1", "--port", String(this.port)], {
      cwd: this.dir,
      env: { ...process.env, ...this.environment() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.process = child;
    const collect = (chunk: Buffer) => {
      this.log += chunk.toString();
      if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`epesan serve exited:\n${this.log}`);
      try {
        const res = await fetch(`${this.url}/health`);
        if (res.ok) return;
      } catch {
        // not yet listening
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`epesan serve did not answer in 60 s:\n${this.log}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
  }

  /** Run an `epesan` command on this server's database (e.g. create-user). */
  async cli(args: string[], env: Record<string, string> = {}): Promise<string> {
    const child = spawn(EPESAN, args, { cwd: this.dir, env: { ...process.env, ...this.environment(), ...env } });
    let out = "";
    child.stdout?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.stderr?.on("data", (c: Buffer) => {
      out += c.toString();
    });
    const code = await new Promise<number | null>((r) => child.once("exit", r));
    if (code !== 0) throw new Error(`epesan ${args.join(" ")}: ${out}`);
    return out;
  }

  private environment(): Record<string, string> {
    return {
      EPESAN_DATABASE_URL: `sqlite://${join(this.dir, "epesan.sqlite3")}`,
      EPESAN_STORAGE_DIR: join(this.dir, "files"),
      EPESAN_BROKER_URL: "",
      EPESAN_LIVE_REDIS_URL: "",
      ...this.env,
    };
  }

  /** Log in through the API; the token for a browser context's storage. */
  async token(nrk: string): Promise<string> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: "mutation($i: LoginInput!) { login(input: $i) { token errors { code message } } }",
        variables: { i: { nrk, password: DEMO_PASSWORD } },
      }),
    });
    const json = (await res.json()) as { data: { login: { token: string | null; errors: unknown[] } } };
    if (!json.data.login.token) throw new Error(`login ${nrk}: ${JSON.stringify(json.data.login.errors)}`);
    return json.data.login.token;
  }

  /** A GraphQL request as this user (checks in tests; the pages are driven through the browser). */
  async graphql<T = Record<string, unknown>>(token: string, query: string, variables: object = {}): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data: T; errors?: unknown };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  }
}

export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), "epesan-e2e-"));
  const server = new Server(await freePort(), dir, env);
  await server.start();
  return server;
}

export async function removeServer(server: Server): Promise<void> {
  await server.stop();
  rmSync(server.dir, { recursive: true, force: true });
}

export interface LoggedIn {
  context: BrowserContext;
  page: Page;
  token: string;
}

/** A new browser context of `server` logged in as `nrk` (the token placed where the app keeps it),
 * on `path`. */
export async function openAs(
  browser: Browser,
  server: Server,
  nrk: string,
  options: { path?: string; language?: "id" | "en"; viewport?: { width: number; height: number } } = {},
): Promise<LoggedIn> {
  const token = await server.token(nrk);
  const localStorage = [
    { name: "epesan.session", value: JSON.stringify({ token, expiresAt: null, nrk }) },
    { name: "epesan.language", value: options.language ?? "id" },
  ];
  const context = await browser.newContext({
    baseURL: server.url,
    locale: "id-ID",
    timezoneId: "Europe/Amsterdam",
    viewport: options.viewport ?? { width: 1280, height: 800 },
    storageState: { cookies: [], origins: [{ origin: server.url, localStorage }] },
  });
  const page = await context.newPage();
  await page.goto(options.path ?? "/");
  return { context, page, token };
}

type WorkerFixtures = { server: Server };
type TestFixtures = { as: (nrk: string, options?: Parameters<typeof openAs>[3]) => Promise<LoggedIn> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function asks for
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await removeServer(server);
    },
    { scope: "worker", timeout: 90_000 },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  as: async ({ browser, server }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (nrk, options) => {
      const logged = await openAs(browser, server, nrk, options);
      opened.push(logged.context);
      return logged;
    });
    for (const c of opened) await c.close();
  },
});
