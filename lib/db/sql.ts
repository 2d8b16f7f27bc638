import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { DbTarget } from "./target";

/** The little that migrations and test harnesses need beneath Prisma: plain SQL on one session. */
export interface SqlSession {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a whole script (several statements, `$$` bodies) as one batch. */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string, loadFrom?: string): Promise<PGlite> {
  const options: { dataDir?: string; loadDataDir?: Blob } = {};
  if (dataDir !== "memory://") {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dataDir, { recursive: true });
    options.dataDir = dataDir;
  }
  if (loadFrom) {
    const { readFile } = await import("node:fs/promises");
    options.loadDataDir = new Blob([await readFile(loadFrom)]);
  }
  const db = new PGlite(options);
  await db.waitReady;
  return db;
}

export function pgliteSession(db: PGlite, closeWith = false): SqlSession {
  return {
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    exec: async (script) => {
      await db.exec(script);
    },
    close: async () => {
      if (closeWith) await db.close();
    },
  };
}

export async function postgresSession(url: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    query: async <T>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params as unknown[])).rows as T[],
    // Without parameters pg uses the simple query protocol, which accepts a multi-statement script.
    exec: async (script) => {
      await client.query(script);
    },
    close: () => client.end(),
  };
}

export async function openSession(target: DbTarget): Promise<SqlSession> {
  if (target.kind === "postgres") return postgresSession(target.url);
  return pgliteSession(await openPglite(target.dataDir, target.loadFrom), true);
}
