import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { isDraining, markDraining, onShutdown, runShutdownHooks } from "@/lib/http/lifecycle.mjs";
import { logger } from "@/lib/log/logger.mjs";
import { readiness, SMTP_CHECK_MAX_AGE_MS } from "@/lib/ops/readiness";
import { closedPort, startSmtpSink } from "../support/smtp-sink";

// Issue 20: what GET /api/ready decides, on whichever database the run uses. The outage and the
// draining server are proven against server.mjs in tests/instances/lifecycle.spec.ts.

const g = globalThis as unknown as { __prcSmtpCheck?: unknown };
afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  g.__prcSmtpCheck = undefined;
  (globalThis as Record<symbol, unknown>)[Symbol.for("partner-reference-center.draining")] = undefined;
});

describe("readiness", () => {
  it("ready when the database answers and every migration is applied; a missing migration is named", async () => {
    expect(await readiness()).toEqual({ ready: true, checks: { database: "ok", migrations: "ok" } });
    const db = await getDb();
    const [last] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = NULL WHERE id = ${last!.id}`;
    try {
      expect(await readiness()).toEqual({ ready: false, checks: { database: "ok", migrations: "pending" } });
    } finally {
      await db.$executeRaw`UPDATE "_prisma_migrations" SET finished_at = now() WHERE id = ${last!.id}`;
    }
  });

  it("with SMTP_URL: ready only after the SMTP server answered a check, repeated once it is five minutes old", async () => {
    const sink = await startSmtpSink();
    try {
      process.env.SMTP_URL = sink.url;
      resetEnvCache();
      const t0 = Date.now();
      expect((await readiness(t0)).checks.smtp).toBe("ok");
      await sink.close();
      // Within five minutes the last answer stands; after them the check runs again and fails.
      expect((await readiness(t0 + 60_000)).checks.smtp).toBe("ok");
      const later = await readiness(t0 + SMTP_CHECK_MAX_AGE_MS + 1);
      expect(later).toMatchObject({ ready: false, checks: { smtp: "failing", database: "ok" } });
    } finally {
      await sink.close().catch(() => {});
    }
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    resetEnvCache();
    g.__prcSmtpCheck = undefined;
    expect((await readiness()).checks.smtp).toBe("failing");
  });

  it("a draining process is not ready; shutdown hooks run lowest order first, a failing one does not stop the next", async () => {
    const ran: string[] = [];
    onShutdown("test: last", async () => void ran.push("last"), 1_000);
    onShutdown(
      "test: failing",
      async () => {
        ran.push("failing");
        throw new Error("boom");
      },
      1,
    );
    onShutdown("test: first", async () => void ran.push("first"), 0);
    expect(isDraining()).toBe(false);
    markDraining();
    expect(await readiness()).toEqual({ ready: false, checks: { process: "draining" } });
    const hooks = (globalThis as Record<symbol, Map<string, unknown>>)[
      Symbol.for("partner-reference-center.shutdown-hooks")
    ]!;
    const saved = new Map(hooks);
    // Only the test's own hooks: the database must stay open for the other tests of this file.
    for (const name of [...hooks.keys()]) if (!name.startsWith("test:")) hooks.delete(name);
    await runShutdownHooks();
    for (const [name, hook] of saved) if (!name.startsWith("test:")) hooks.set(name, hook);
    for (const name of ["test: last", "test: failing", "test: first"]) hooks.delete(name);
    expect(ran).toEqual(["first", "failing", "last"]);
    // The failure is logged (an error line fails any other test: this one is expected).
    const error = vi.mocked(logger().error);
    expect(error).toHaveBeenCalledWith(
      { hook: "test: failing", error: expect.any(Error) },
      "shutdown hook failed",
    );
    error.mockClear();
  });
});
