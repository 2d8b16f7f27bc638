import { mkdtempSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/lib/db/client";
import { openDatabase } from "@/lib/db/connect";
import { readMigrations } from "@/lib/db/migrate";
import type { DbTarget } from "@/lib/db/target";
import { BackupError, backupDatabase, restoreDatabase } from "@/lib/ops/backup";
import { seedDemoData } from "@/prisma/demo-data";
import { adminQuery, dropDatabase, serverUrl, uniqueName, withDatabase } from "../support/test-databases";

// Issue 20: `npm run db:backup` / `db:restore` — a seeded database backed up and restored into a new
// one holds the same rows; a restore never goes into a database that already has something in it.
// PostgreSQL under TEST_DATABASE_URL (pg_dump/pg_restore), the embedded database otherwise.

const server = serverUrl();
// The demo data is written through the domain functions, which use the process's database: on the
// embedded database that must be a directory (memory cannot be backed up), loaded from the template.
if (!server) process.env.PGLITE_DIR = mkdtempSync(path.join(os.tmpdir(), "prc-source-"));
const created: string[] = [];
afterAll(async () => {
  if (server) for (const name of created) await dropDatabase(server, name);
});

async function emptyTarget(): Promise<DbTarget> {
  if (server) {
    const name = uniqueName("prc_restore");
    await adminQuery(server, `CREATE DATABASE "${name}"`);
    created.push(name);
    return { kind: "postgres", url: withDatabase(server, name) };
  }
  return { kind: "pglite", dataDir: await mkdtemp(path.join(os.tmpdir(), "prc-restore-")) };
}

/** Every table's row count, and the applied migrations, as the app would read them. */
async function contents(target: DbTarget) {
  const db = await openDatabase(target);
  try {
    const tables = await db.prisma.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${name}"`,
      );
      counts[name] = row!.n;
    }
    const partners = await db.prisma.partner.findMany({ select: { name: true }, orderBy: { name: "asc" } });
    return { counts, partners: partners.map((p) => p.name) };
  } finally {
    await db.close();
  }
}

async function seededSource(): Promise<DbTarget> {
  await seedDemoData(await getDb(), new Date("2026-11-27T10:00:00Z"));
  await closeDatabase(); // the embedded database is one process's: closed before the backup opens it
  return server
    ? { kind: "postgres", url: process.env.DATABASE_URL ?? "" }
    : { kind: "pglite", dataDir: process.env.PGLITE_DIR ?? "" };
}

describe("backup and restore", () => {
  it("a seeded database backed up and restored into an empty one has the same rows and every migration", async () => {
    const source = await seededSource();
    const before = await contents(source);
    expect(before.counts.ReferenceRequest).toBeGreaterThan(15);

    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "prc-backup-")), "backup");
    await backupDatabase(source, file);
    const target = await emptyTarget();
    await restoreDatabase(target, file);

    const after = await contents(target);
    expect(after).toEqual(before);
    expect(after.counts._prisma_migrations).toBe((await readMigrations()).length);

    // Into a database that now has data: refused, and nothing changes.
    await expect(restoreDatabase(target, file)).rejects.toThrow(
      server ? "The target database is not empty" : "is not empty: restore only into a new, empty directory",
    );
    expect(await contents(target)).toEqual(before);
  }, 180_000);

  it("a file that is not a backup, or one made for the other kind of database, is refused before anything is written", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "prc-backup-"));
    const notABackup = path.join(dir, "notes.txt");
    await writeFile(notABackup, "hello");
    const target = await emptyTarget();
    await expect(restoreDatabase(target, notABackup)).rejects.toBeInstanceOf(BackupError);
    await expect(restoreDatabase(target, notABackup)).rejects.toThrow(
      "is not a backup made by npm run db:backup",
    );

    const otherKind = path.join(dir, "other");
    await writeFile(otherKind, server ? Buffer.from([0x1f, 0x8b, 8, 0, 0]) : "PGDMP\u0001");
    await expect(restoreDatabase(target, otherKind)).rejects.toThrow(
      server ? "is not a PostgreSQL backup" : "is not an embedded-database backup",
    );
    await expect(restoreDatabase(target, path.join(dir, "missing"))).rejects.toThrow("Cannot read");
  });
});
