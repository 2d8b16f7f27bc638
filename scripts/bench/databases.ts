import { randomBytes } from "node:crypto";
import { migrate } from "@/lib/db/migrate";
import { openPglite, pgliteSession, postgresSession, type SqlSession } from "@/lib/db/sql";

// The benchmark's own databases on the local server: uniquely named, dropped when it ends.

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function urlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const uniqueName = (what: string) => `bench_perf_${what}_${randomBytes(3).toString("hex")}`;

const created: string[] = [];

export async function admin(sql: string): Promise<void> {
  const session = await postgresSession(ADMIN_URL);
  try {
    await session.exec(sql);
  } finally {
    await session.close();
  }
}

/** Creates, migrates and fills a database; VACUUM ANALYZE so plans and index-only scans are real. */
export async function seededDatabase(name: string, seed: string): Promise<string> {
  await admin(`CREATE DATABASE "${name}"`);
  created.push(name);
  const session = await postgresSession(urlFor(name));
  try {
    await migrate(session);
    await session.exec(seed);
    await session.exec("VACUUM ANALYZE");
  } finally {
    await session.close();
  }
  return urlFor(name);
}

/** A file-level copy of a database (nobody may be connected to the template). */
export async function copyOf(template: string): Promise<string> {
  const name = uniqueName("copy");
  await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}" STRATEGY FILE_COPY`);
  created.push(name);
  return name;
}

export async function drop(name: string): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const i = created.indexOf(name);
  if (i >= 0) created.splice(i, 1);
}

export async function dropAll(): Promise<void> {
  for (const name of [...created]) await drop(name).catch(() => {});
}

export async function withSession<T>(url: string, work: (s: SqlSession) => Promise<T>): Promise<T> {
  const session = await postgresSession(url);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

/** An embedded (PGlite) data directory, migrated and filled the same way. */
export async function seededPglite(dir: string, seed: string): Promise<void> {
  const db = await openPglite(dir);
  const session = pgliteSession(db, true);
  try {
    await migrate(session);
    await session.exec(seed);
    await session.exec("VACUUM ANALYZE");
  } finally {
    await session.close();
  }
}
