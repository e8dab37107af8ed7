import { defineConfig, devices } from "@playwright/test";

/** Browser tests against a real `epesan serve --demo` (started by e2e/fixtures.ts on a temporary
 * SQLite database and a free loopback port), in Debian's Chromium: Playwright's own browser
 * download is not reachable here. */
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results/artifacts",
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    locale: "id-ID",
    // The app shows Asia/Jakarta whatever the browser's zone: run the browser elsewhere.
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: chromium,
      args: asRoot ? ["--no-sandbox"] : [],
    },
    screenshot: "only-on-failure",
    trace: "off",
  },
});
