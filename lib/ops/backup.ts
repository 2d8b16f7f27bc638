import { spawn } from "node:child_process";
import { open, readdir, writeFile } from "node:fs/promises";
import { openPglite, openSession } from "../db/sql";
import type { DbTarget } from "../db/target";

// `npm run db:backup` / `npm run db:restore` (issue 20): PostgreSQL through pg_dump/pg_restore in
// custom format, the embedded database through its own data-directory dump. A restore goes only into
// an empty database, so it can never merge a backup into live data.

/** pg_dump's custom format starts with these bytes; PGlite's dump is a gzip tarball. */
const PG_DUMP_MAGIC = "PGDMP";
const GZIP_MAGIC = [0x1f, 0x8b];

export class BackupError extends Error {}

export async function backupDatabase(target: DbTarget, file: string): Promise<void> {
  if (target.kind === "postgres") {
    await run("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      "--file",
      file,
      "--dbname",
      target.url,
    ]);
    return;
  }
  if (target.dataDir === "memory://") throw new BackupError("An in-memory database has nothing to back up.");
  if (!(await hasFiles(target.dataDir)))
    throw new BackupError(`There is no embedded database in ${target.dataDir} to back up.`);
  const db = await openPglite(target.dataDir);
  try {
    const dump = await db.dumpDataDir("gzip");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

export async function restoreDatabase(target: DbTarget, file: string): Promise<void> {
  const kind = await backupKind(file);
  if (target.kind === "postgres") {
    if (kind !== "postgres")
      throw new BackupError(
        "This file is not a PostgreSQL backup (pg_dump custom format); restore it into the embedded database.",
      );
    if (!(await postgresIsEmpty(target.url)))
      throw new BackupError("The target database is not empty: restore only into a new, empty database.");
    await run("pg_restore", [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--dbname",
      target.url,
      file,
    ]);
    return;
  }
  if (kind !== "pglite")
    throw new BackupError(
      "This file is not an embedded-database backup; restore it into PostgreSQL (DATABASE_URL).",
    );
  if (target.dataDir === "memory://")
    throw new BackupError("Restore into a data directory (PGLITE_DIR), not memory.");
  if (await hasFiles(target.dataDir))
    throw new BackupError(`${target.dataDir} is not empty: restore only into a new, empty directory.`);
  const db = await openPglite(target.dataDir, file);
  await db.close();
}

async function backupKind(file: string): Promise<"postgres" | "pglite"> {
  const handle = await open(file, "r").catch(() => {
    throw new BackupError(`Cannot read ${file}.`);
  });
  try {
    const head = Buffer.alloc(5);
    await handle.read(head, 0, 5, 0);
    if (head.toString("latin1") === PG_DUMP_MAGIC) return "postgres";
    if (head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return "pglite";
  } finally {
    await handle.close();
  }
  throw new BackupError(`${file} is not a backup made by npm run db:backup.`);
}

async function postgresIsEmpty(url: string): Promise<boolean> {
  const session = await openSession({ kind: "postgres", url });
  try {
    const [row] = await session.query<{ tables: number }>(
      "SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    );
    return row?.tables === 0;
  } finally {
    await session.close();
  }
}

async function hasFiles(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

/** Runs a PostgreSQL client tool; its own message (never the URL, which may hold a password) on failure. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", (error) =>
      reject(
        new BackupError(
          `${command} could not run (${(error as NodeJS.ErrnoException).code}): install the PostgreSQL client tools.`,
        ),
      ),
    );
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(
            new BackupError(
              `${command} failed: ${stderr.replace(/postgres(ql)?:\/\/\S+/g, "[database]").trim()}`,
            ),
          ),
    );
  });
}
