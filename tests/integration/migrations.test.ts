import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
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

describe("upgrading a database that holds data (issue 16's migrations)", () => {
  const BEFORE = "20261205035739_trust_demo_partners_and_leftovers";

  /** A migrations folder holding only the migrations before `name`. */
  async function migrationsBefore(name: string): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), "prc-migrations-"));
    for (const file of await readMigrations())
      if (file.name < name)
        await cp(path.join("prisma/migrations", file.name), path.join(dir, file.name), { recursive: true });
    return dir;
  }

  it("marks demo partners, numbers names that clash in case, keeps one open case per reference, audits old cases, erases failed links", async () => {
    const session = await (await emptyDatabase())();
    const old = await migrationsBefore(BEFORE);
    await migrate(session, { dir: old });
    await rm(old, { recursive: true, force: true });
    await session.exec(`
      INSERT INTO "Partner" (id, name) VALUES ('demo', 'Contoso'), ('real', 'Northwind'), ('real2', 'NORTHWIND');
      INSERT INTO "User" (id, email, name, "isDemo", "partnerId") VALUES
        ('u1', 'admin@contoso.example', 'Dana', true, 'demo'), ('u2', 'real@northwind.test', 'Rea', false, 'real');
      INSERT INTO "Location" (id, "partnerId", name, country) VALUES
        ('l1', 'demo', 'Berlin', 'DE'), ('l2', 'demo', 'berlin', 'DE'), ('l3', 'real', 'Berlin', 'DE');
      INSERT INTO "ReferenceRequest" (id, "partnerId", "locationId", "firstSentAt", "lastSentAt", "customerCompany",
        "contactName", "contactEmail", "projectTitle", "projectDescription", "projectType", "completedOn", "updatedAt")
      VALUES ('r1', 'real', 'l3', now(), now(), 'C', 'N', 'c@x.test', 'Move', 'D', 'DEVOPS', '2026-01-01', now());
      INSERT INTO "ServiceCase" (id, "partnerId", "referenceId", type, message, "openedById", "createdAt") VALUES
        ('c1', 'real', 'r1', 'CANCELLATION', 'first', 'u2', '2026-11-01'),
        ('c2', 'real', 'r1', 'CANCELLATION', 'second', 'u2', '2026-11-02');
    `);
    await session.exec(`
      INSERT INTO "OutboxEmail" (id, "to", subject, html, text, status, "referenceId")
      VALUES ('e1', 'c@x.test', 's', '<a>link</a>', 'link', 'FAILED', 'r1'),
             ('e2', 'n@x.test', 's', '<p>no link</p>', 'no link', 'FAILED', NULL);
      UPDATE "OutboxEmail" SET "carriesSecret" = false WHERE id = 'e2';
    `);
    await migrate(session);
    const rows = async (sql: string) => session.query<Record<string, unknown>>(sql);
    expect(await rows(`SELECT id, "isDemo" FROM "Partner" ORDER BY id`)).toEqual([
      { id: "demo", isDemo: true },
      { id: "real", isDemo: false },
      { id: "real2", isDemo: false },
    ]);
    expect(await rows(`SELECT id, name FROM "Partner" ORDER BY id`)).toEqual([
      { id: "demo", name: "Contoso" },
      { id: "real", name: "Northwind" },
      { id: "real2", name: "NORTHWIND (2)" },
    ]);
    expect(await rows(`SELECT id, name FROM "Location" ORDER BY id`)).toEqual([
      { id: "l1", name: "Berlin" },
      { id: "l2", name: "berlin (2)" },
      { id: "l3", name: "Berlin" },
    ]);
    expect(await rows(`SELECT id, status::text AS status FROM "ServiceCase" ORDER BY id`)).toEqual([
      { id: "c1", status: "OPEN" },
      { id: "c2", status: "DECLINED" },
    ]);
    expect(
      await rows(
        `SELECT "subjectId", action, "actorLabel" FROM "AuditEvent" WHERE kind = 'SERVICE_CASE' ORDER BY "subjectId", action`,
      ),
    ).toEqual([
      { subjectId: "c1", action: "case.opened", actorLabel: "Rea" },
      {
        subjectId: "c2",
        action: "case.declined",
        actorLabel: "Regional Service Center (Regional Service Center)",
      },
      { subjectId: "c2", action: "case.opened", actorLabel: "Rea" },
    ]);
    expect(await rows(`SELECT id, html, "partnerId" FROM "OutboxEmail" ORDER BY id`)).toEqual([
      { id: "e1", html: "", partnerId: "real" },
      { id: "e2", html: "<p>no link</p>", partnerId: null },
    ]);
  });
});
