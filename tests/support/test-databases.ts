import { randomBytes } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { openPglite, pgliteSession, postgresSession } from "@/lib/db/sql";

// Tests create and drop their own databases and never touch one they did not create.

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);

export function serverUrl(): URL | undefined {
  const raw = process.env.TEST_DATABASE_URL;
  if (!raw) return undefined;
  const url = new URL(raw);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `TEST_DATABASE_URL must point at a local server (got host "${url.hostname}"): tests create and drop databases.`,
    );
  }
  return url;
}

export function withDatabase(url: URL, name: string): string {
  const copy = new URL(url.toString());
  copy.pathname = `/${name}`;
  return copy.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

/** A migrated PGlite, dumped to a tarball that each test file loads into its own in-memory copy. */
export async function createPgliteTemplate(): Promise<string> {
  const db = await openPglite("memory://");
  await migrate(pgliteSession(db));
  const dump = await db.dumpDataDir("none");
  await db.close();
  const dir = await mkdtemp(path.join(os.tmpdir(), "prc-pglite-"));
  const file = path.join(dir, "template.tar");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

export async function createPostgresTemplate(url: URL): Promise<string> {
  const name = uniqueName("prc_template");
  await adminQuery(url, `CREATE DATABASE "${name}"`);
  const session = await postgresSession(withDatabase(url, name));
  try {
    await migrate(session);
  } finally {
    await session.close();
  }
  return name;
}

export async function adminQuery(url: URL, sql: string): Promise<void> {
  const admin = await postgresSession(url.toString());
  try {
    await admin.exec(sql);
  } finally {
    await admin.close();
  }
}

export async function dropDatabase(url: URL, name: string): Promise<void> {
  await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
