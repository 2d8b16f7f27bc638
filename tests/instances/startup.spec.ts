import { type ChildProcess, spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { PORTS } from "../../playwright.instances.config";
import { INSTANCES_CRON_SECRET, INSTANCES_SECRET } from "./constants";

// Issue 8, item 6: production settings are checked when the server (server.mjs) starts; a bad one stops the
// server with a message naming the variable instead of answering 500 on every page.

const PORT = PORTS.startup;
const GOOD = {
  NODE_ENV: "production",
  NEXTAUTH_SECRET: INSTANCES_SECRET,
  NEXTAUTH_URL: `http://localhost:${PORT}`,
  DATABASE_URL: process.env.E2E_INSTANCES_DATABASE_URL ?? "",
  SMTP_URL: "smtp://127.0.0.1:9",
  CRON_SECRET: INSTANCES_CRON_SECRET,
  DEMO_MODE: "0",
  NEXT_TELEMETRY_DISABLED: "1",
};

const ENTRY = ["server.mjs", "-p", String(PORT)];

function startServer(
  env: Record<string, string | undefined>,
  args: string[] = ENTRY,
): { child: ChildProcess; output: () => string } {
  let output = "";
  // Node itself rather than npx, so the signal that stops it reaches the server process.
  const child: ChildProcess = spawn(process.execPath, args, {
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: "pipe",
  });
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return { child, output: () => output };
}

/** The exit code, or "running" if the server is still up after `ms` (then it is stopped). */
function exitWithin(child: ChildProcess, ms: number): Promise<number | "running"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      resolve("running");
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
}

const BAD: [string, Record<string, string>, RegExp][] = [
  [
    "plain-http NEXTAUTH_URL",
    { NEXTAUTH_URL: "http://references.example.com" },
    /NEXTAUTH_URL: must be an https:\/\/ URL/,
  ],
  [
    "short NEXTAUTH_SECRET",
    { NEXTAUTH_SECRET: "too-short" },
    /NEXTAUTH_SECRET: must be at least 32 characters/,
  ],
  ["TRUST_PROXY that is not a number", { TRUST_PROXY: "yes" }, /TRUST_PROXY must be a whole number/],
  [
    "no SMTP_URL outside demo mode",
    { SMTP_URL: "" },
    /SMTP_URL: is required in production unless DEMO_MODE=1/,
  ],
];

for (const [what, change, message] of BAD) {
  test(`the server with a ${what} exits non-zero, naming the variable`, async () => {
    const server = startServer({ ...GOOD, ...change });
    const code = await exitWithin(server.child, 60_000);
    expect(code, server.output()).not.toBe(0);
    expect(code, server.output()).not.toBe("running");
    expect(server.output()).toMatch(message);
  });
}

test("Decision 021: a bare next start in production, with no proxy declared, exits naming TRUST_PROXY", async () => {
  const server = startServer(GOOD, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT)]);
  const code = await exitWithin(server.child, 60_000);
  expect(code, server.output()).not.toBe("running");
  expect(code, server.output()).not.toBe(0);
  expect(server.output()).toMatch(/TRUST_PROXY: the server must be started with `npm start`/);
});

test("with an https NEXTAUTH_URL the session cookies are Secure", async () => {
  const server = startServer({ ...GOOD, NEXTAUTH_URL: `https://localhost:${PORT}` });
  const csrf = () => fetch(`http://localhost:${PORT}/api/auth/csrf`).catch(() => null);
  try {
    await expect.poll(async () => (await csrf())?.status, { timeout: 60_000 }).toBe(200);
    // A fresh request without cookies: next-auth sets its CSRF cookie again.
    const cookie = (await csrf())?.headers.getSetCookie().find((c) => c.includes("csrf-token"));
    expect(cookie).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
  } finally {
    server.child.kill("SIGTERM");
    await exitWithin(server.child, 10_000);
  }
});
