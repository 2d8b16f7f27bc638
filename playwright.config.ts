import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_CRON_SECRET } from "./tests/e2e/constants";

// End-to-end tests against the production server (built beforehand: `npm run test:e2e` builds first) on a
// fresh embedded database seeded with the demo data. Playwright empties test-results/ before it
// starts the web server, so the database lives in .e2e/ instead.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// Chosen once by the runner (its workers inherit it): the database, and the server's log that
// tests/e2e/scan-log.ts reads after the run for customer data (issue 20).
process.env.E2E_RUN_DIR ??= path.resolve(".e2e", `run-${Date.now()}`);
const pgliteDir = path.join(process.env.E2E_RUN_DIR, "pglite");
const serverLog = path.join(process.env.E2E_RUN_DIR, "server.log");

const browserUse = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1, // PGlite is one connection: keep runs simple and deterministic
  retries: 0,
  // Bounds, not waits: tests wait for states. On a loaded 2-core machine (CI, or six builds side by
  // side) one axe scan takes 5-20 s and a server action several seconds, so the bounds leave room.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "UTC",
    locale: "en-GB",
  },
  projects: [
    // First, on the demo data as seeded: README screenshots and the pseudo-locale tour, which must
    // not show what other specs created (companies with time stamps, a "Replay agent" competency).
    { name: "fresh-data", testDir: "tests/e2e/fresh", use: browserUse },
    { name: "chromium", testIgnore: "fresh/**", dependencies: ["fresh-data"], use: browserUse },
  ],
  webServer: {
    // The server as shipped (`npm start`): the project's entry around Next.js (decision 025).
    // The log goes to the runner's output and to a file.
    command: `mkdir -p ${JSON.stringify(process.env.E2E_RUN_DIR)} && node server.mjs -p ${PORT} 2>&1 | tee ${JSON.stringify(serverLog)}`,
    url: `${baseURL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DEMO_MODE: "1",
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      NEXTAUTH_URL: baseURL,
      CRON_SECRET: E2E_CRON_SECRET,
      PGLITE_DIR: pgliteDir,
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // tests/e2e/webhooks.spec.ts runs its receiver on 127.0.0.1; production takes this only acknowledged.
      WEBHOOK_ALLOW_PRIVATE: "1",
      WEBHOOK_ALLOW_PRIVATE_ACK: "production",
    },
  },
});
