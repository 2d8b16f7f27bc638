import { afterAll, afterEach, beforeEach, expect, inject, vi } from "vitest";
import { adminQuery, dropDatabase, serverUrl, uniqueName, withDatabase } from "../support/test-databases";

// Each test file gets its own freshly migrated database, chosen through the same environment
// variables the app reads, so the code under test opens it exactly as in production.
const url = serverUrl();
let created: string | undefined;

if (url) {
  created = uniqueName("prc_test");
  await adminQuery(url, `CREATE DATABASE "${created}" TEMPLATE "${inject("postgresTemplate")}"`);
  process.env.DATABASE_URL = withDatabase(url, created);
  delete process.env.PGLITE_DIR;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
  process.env.PGLITE_LOAD_FROM = inject("pgliteTemplate");
}
process.env.EMAIL_FROM ??= "Partner Reference Center <references@partner-center.example>";

afterAll(async () => {
  const { closeDatabase } = await import("@/lib/db/client");
  await closeDatabase();
  if (url && created) await dropDatabase(url, created);
});

// An unexpected error log line (or console.error) during a test is a failure: it is how the app
// reports the unforeseen (lib/log/logger.mjs).
let errors: ReturnType<typeof vi.spyOn>;
let logged: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  const { logger } = await import("@/lib/log/logger.mjs");
  errors = vi.spyOn(console, "error");
  logged = vi.spyOn(logger(), "error");
});
afterEach(() => {
  const calls = [...errors.mock.calls, ...logged.mock.calls];
  errors.mockRestore();
  logged.mockRestore();
  expect(calls, "an error was logged during the test").toEqual([]);
});
