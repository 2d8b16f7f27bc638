import { defineConfig } from "@playwright/test";
import { INSTANCES_CRON_SECRET, INSTANCES_SECRET } from "./tests/instances/constants";

// Several instances of the server as shipped (server.mjs) on ONE PostgreSQL database (issue 8): two
// in demo mode behind trusted proxies (shared abuse limits, demo mode on a database with a real
// partner), one with DEMO_MODE=0 and no trusted proxy (issue 16: forged X-Forwarded-For), one that
// sends email over SMTP. Build first (`next build`); needs a local PostgreSQL (TEST_DATABASE_URL or
// 127.0.0.1:5432). Ports E2E_INSTANCES_PORT .. +5 (+3 is the start-up checks', +5 the lifecycle
// drill's, +6 .. +10 the backup, telemetry and rolling-restart drills'), SMTP on +100 (+101, +102 for
// the telemetry receiver and the drill's mail).
const PORT = Number(process.env.E2E_INSTANCES_PORT ?? 3121);
export const PORTS = {
  a: PORT,
  b: PORT + 1,
  demoOff: PORT + 2,
  startup: PORT + 3,
  mail: PORT + 4,
  lifecycle: PORT + 5,
  restored: PORT + 6,
  telemetry: PORT + 7,
  /** The rolling-restart drill: HAProxy in front, two instances behind it. */
  balancer: PORT + 8,
  rollingA: PORT + 9,
  rollingB: PORT + 10,
};
/** A real SMTP listener the mail instance sends to; the spec that reads it starts it. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 100);
export const MAIL_FROM = "Contoso References <references@contoso-partner.example>";

const server = new URL(process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
// Chosen once by the runner; the workers it starts inherit it.
process.env.E2E_INSTANCES_DB ??= `prc_e2e_${Date.now().toString(36)}`;
server.pathname = `/${process.env.E2E_INSTANCES_DB}`;
process.env.E2E_INSTANCES_DATABASE_URL = server.toString();

function instance(port: number, extra: Record<string, string>, prepare = false) {
  const start = `node server.mjs -p ${port}`;
  return {
    command: prepare
      ? `npx tsx --import ./scripts/support/server-only-hook.mjs tests/instances/prepare-database.ts && ${start}`
      : start,
    // /signin reads the database: it answers 200 only once the database is ready.
    url: `http://localhost:${port}/signin`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
    env: {
      NODE_ENV: "production",
      NEXTAUTH_SECRET: INSTANCES_SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      DATABASE_URL: server.toString(),
      CRON_SECRET: INSTANCES_CRON_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      ...extra,
    },
  };
}

export default defineConfig({
  testDir: "tests/instances",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  globalTeardown: "./tests/instances/drop-database.ts",
  use: {
    baseURL: `http://localhost:${PORTS.a}`,
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    },
  },
  webServer: [
    // Behind two trusted proxies (the tests play them with X-Forwarded-For).
    instance(PORTS.a, { DEMO_MODE: "1", TRUST_PROXY: "2" }, true),
    instance(PORTS.b, { DEMO_MODE: "1", TRUST_PROXY: "2" }),
    // Outside demo mode production needs a mail server; this one is never reached by the tests.
    instance(PORTS.demoOff, { DEMO_MODE: "0", SMTP_URL: "smtp://127.0.0.1:9" }),
    // Email for real: sent at once to a listener the customer-language spec runs (issue 10).
    instance(PORTS.mail, {
      DEMO_MODE: "1",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      EMAIL_FROM: MAIL_FROM,
    }),
  ],
});
