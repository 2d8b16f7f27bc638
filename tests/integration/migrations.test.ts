import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { openPglite, pgliteSession, postgresSession, type SqlSession } from "@/lib/db/sql";
import { adminQuery, dropDatabase, serverUrl, uniqueName, withDatabase } from "../support/test-databases";

// The runner must stay interchangeable with `prisma migrate deploy` (docs/decisions/001).

const server = serverUrl();
const created: string[] = [];
const sessions: SqlSession[] = [];

async function emptyDatabase(): Promise<() => Promise<SqlSession>> {
  if (!server) {
    const db = await openPglite("memory://");
    const session = pgliteSession(db, true);
    sessions.push(session);
    return async () => session;
  }
  const name = uniqueName("prc_migrate");
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  created.push(name);
  return async () => {
    const session = await postgresSession(withDatabase(server, name));
    sessions.push(session);
    return session;
  };
}

afterAll(async () => {
  for (const s of sessions) await s.close();
  if (server) for (const name of created) await dropDatabase(server, name);
});

describe("npm run db:migrate", () => {
  it("creates every table and one _prisma_migrations row per migration, checksummed like Prisma", async () => {
    const connect = await emptyDatabase();
    const session = await connect();
    const files = await readMigrations();
    expect(await migrate(session)).toEqual(files.map((f) => f.name));

    const rows = await session.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    for (const [i, file] of files.entries()) {
      const sql = await readFile(path.join("prisma/migrations", file.name, "migration.sql"));
      expect(rows[i]).toMatchObject({
        migration_name: file.name,
        checksum: createHash("sha256").update(sql).digest("hex"),
        applied_steps_count: 1,
      });
    }
    const tables = await session.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        "ReferenceRequest",
        "OutboxEmail",
        "ReferenceEvent",
        "ResponseToken",
        "Competency",
      ]),
    );
  });

  it("applies nothing on a second run", async () => {
    const session = await (await emptyDatabase())();
    await migrate(session);
    expect(await migrate(session)).toEqual([]);
  });

  it.skipIf(!server)("applies each migration once when two runs start together", async () => {
    const connect = await emptyDatabase();
    const [a, b] = await Promise.all([connect(), connect()]);
    const results = await Promise.all([migrate(a), migrate(b)]);
    const files = await readMigrations();
    expect(results.flat().sort()).toEqual(files.map((f) => f.name));
    const rows = await a.query<{ count: string }>(`SELECT count(*)::text AS count FROM "_prisma_migrations"`);
    expect(Number(rows[0]?.count)).toBe(files.length);
  });
});
