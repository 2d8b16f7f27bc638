import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "../db/client";
import { readMigrations } from "../db/migrate";
import { env } from "../env";
import { isDraining } from "../http/lifecycle.mjs";

// GET /api/ready for a load balancer: ready while the process is not draining, the database answers,
// every migration in prisma/migrations is applied, and (with SMTP_URL) the SMTP server answered a
// check in the last five minutes. The answer names what is not ready, never a host or a secret.

export const SMTP_CHECK_MAX_AGE_MS = 5 * 60_000;
const CHECK_TIMEOUT_MS = 3_000;

export type Check = "ok" | "draining" | "unavailable" | "pending" | "failing";
export type Readiness = { ready: boolean; checks: Record<string, Check> };

const g = globalThis as unknown as {
  __prcSmtpCheck?: { at: number; ok: boolean; running?: Promise<boolean> };
};

function withTimeout<T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timed out")), ms).unref()),
  ]);
}

async function databaseAndMigrations(): Promise<{ database: Check; migrations?: Check }> {
  try {
    const db = await withTimeout(getDb());
    const applied = await withTimeout(
      db.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.map((m) => m.migration_name));
    const expected = await readMigrations();
    return { database: "ok", migrations: expected.every((m) => done.has(m.name)) ? "ok" : "pending" };
  } catch {
    return { database: "unavailable" };
  }
}

/** One SMTP check at a time per process, repeated once the last is five minutes old. */
async function smtp(smtpUrl: string, now: number): Promise<Check> {
  const last = g.__prcSmtpCheck;
  if (last && !last.running && now - last.at < SMTP_CHECK_MAX_AGE_MS) return last.ok ? "ok" : "failing";
  if (last?.running) return (await last.running) ? "ok" : "failing";
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: CHECK_TIMEOUT_MS,
    greetingTimeout: CHECK_TIMEOUT_MS,
  });
  const running = withTimeout(transport.verify())
    .then(() => true)
    .catch(() => false)
    .finally(() => transport.close());
  g.__prcSmtpCheck = { at: now, ok: last?.ok ?? false, running };
  const ok = await running;
  g.__prcSmtpCheck = { at: now, ok };
  return ok ? "ok" : "failing";
}

export async function readiness(now: number = Date.now()): Promise<Readiness> {
  if (isDraining()) return { ready: false, checks: { process: "draining" } };
  const smtpUrl = env().smtpUrl;
  const [db, mail] = await Promise.all([databaseAndMigrations(), smtpUrl ? smtp(smtpUrl, now) : undefined]);
  const checks: Record<string, Check> = { ...db, ...(mail ? { smtp: mail } : {}) };
  return { ready: Object.values(checks).every((c) => c === "ok"), checks };
}
