import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

// Throwaway databases for the schema engine. Like `prisma migrate dev`, the engine needs a
// development ("main") database with the migrations applied, plus a fresh empty shadow database
// each time it replays the migration history. Here all of them are temporary.

/** The engine's adapter factory plus the cleanup that removes every database it created. */
export interface ThrowawayDatabases {
  description: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

/** One empty database, wrapped in the matching Prisma driver adapter. */
interface Database {
  connect(): Promise<SqlDriverAdapter>;
  /** Idempotent: the engine's dispose and our final cleanup may both call it. */
  drop(): Promise<void>;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= fn());
}

const ALLOWED_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Temporary databases on the PostgreSQL server named by SHADOW_DATABASE_URL or DATABASE_URL,
 * else in-memory PGlite instances, so that nothing needs to be installed.
 */
export async function openThrowawayDatabases(): Promise<ThrowawayDatabases> {
  const url = process.env.SHADOW_DATABASE_URL || process.env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//.test(url)) return temporaryPostgresDatabases(url);
  return pgliteDatabases();
}

async function pgliteDatabases(): Promise<ThrowawayDatabases> {
  // initdb takes seconds; copying its result takes a fraction of that.
  const template = await PGlite.create();
  const emptyDataDir = await template.dumpDataDir("none");
  await template.close();
  return throwaway("in-memory PGlite", async () => {
    const db = await PGlite.create({ loadDataDir: emptyDataDir });
    return {
      // The adapter's own executeScript does not await PGlite's `exec`, so a failing migration
      // would go unnoticed; `exec` itself runs the whole file as one multi-statement query.
      connect: async () =>
        withFixes(await new PrismaPGlite(relabelCharColumns(db)).connect(), (sql) => db.exec(sql)),
      drop: once(() => db.close()),
    };
  });
}

async function temporaryPostgresDatabases(rawUrl: string): Promise<ThrowawayDatabases> {
  const url = new URL(rawUrl);
  // This creates and force-drops databases: never let it near a shared or remote server. A `host`
  // query parameter would override the URL's host (libpq convention), so refuse that too.
  if (!ALLOWED_HOSTS.has(url.hostname) || url.searchParams.has("host")) {
    throw new Error(
      `Refusing to create temporary databases on "${url.hostname}": only localhost, 127.0.0.1 and ::1 ` +
        "are allowed. Unset SHADOW_DATABASE_URL and DATABASE_URL to use in-memory PGlite instead.",
    );
  }
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const prefix = `prisma_engine_${process.pid}_${randomBytes(3).toString("hex")}`;
  let count = 0;
  const databases = throwaway(`temporary databases ${prefix}_* on ${url.host}`, async () => {
    const name = `${prefix}_${count++}`;
    await admin.query(`CREATE DATABASE "${name}"`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: dbUrl.toString() });
    // pool.end() resolves before its idle connections have closed; when DROP … WITH (FORCE) then
    // terminates them, the pool re-emits that as an "error" event, which would crash the process.
    pool.on("error", () => {});
    return {
      // adapter-pg's executeScript splits the file on ";", which breaks $$-quoted function
      // bodies; a query without parameters sends the whole file as one simple query instead.
      connect: async () =>
        withFixes(await new PrismaPg(relabelCharColumns(pool)).connect(), async (sql) => {
          await pool.query(sql);
        }),
      drop: once(async () => {
        await pool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
    };
  });
  return {
    ...databases,
    close: async () => {
      try {
        await databases.close();
      } finally {
        await admin.end();
      }
    },
  };
}

/**
 * connect() gives the engine its development database (created on first use, kept until close);
 * every connectToShadowDb() gets a new empty database, dropped when the engine disposes of it.
 * The adapters' own connectToShadowDb is not used: adapter-pg's creates the shadow database on
 * the main connection's server without our safeguards, the PGlite adapter's is never closed.
 */
function throwaway(description: string, createDatabase: () => Promise<Database>): ThrowawayDatabases {
  // Every creation is remembered from the moment it starts, so that close() (also run on Ctrl-C)
  // drops a database whose creation was still in flight.
  const created: Promise<Database>[] = [];
  let closed = false;
  const create = () => {
    if (closed) return Promise.reject(new Error("The throwaway databases are closed."));
    const db = createDatabase();
    created.push(db);
    return db;
  };
  let main: Promise<Database> | undefined;
  return {
    description,
    adapterFactory: {
      provider: "postgres",
      adapterName: "prisma-engine-throwaway",
      connect: async () => {
        main ??= create();
        return (await main).connect();
      },
      connectToShadowDb: async () => {
        const db = await create();
        const adapter = await db.connect();
        return { ...adapter, dispose: () => adapter.dispose().finally(() => db.drop()) };
      },
    },
    close: async () => {
      closed = true;
      const dbs = await Promise.allSettled(created);
      const results = await Promise.allSettled(
        dbs.map((db) => (db.status === "fulfilled" ? db.value.drop() : undefined)),
      );
      const failed = results.find((r) => r.status === "rejected");
      if (failed) throw failed.reason;
    },
  };
}

// ---- PostgreSQL's internal "char" type -------------------------------------------------------
// The engine's catalog queries return columns of type "char" (OID 18: pg_constraint.contype,
// confdeltype, …) and read them as single characters. Both adapters reject OID 18 ("Unsupported
// column type char"). So the driver handed to the adapter relabels such fields as text, and
// remembers which columns it relabelled, keyed by the result's rows array (which both adapters
// pass through unchanged); withFixes then reports those columns as Character.

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = new WeakMap<object, number[]>();

interface DriverResult {
  fields: { dataTypeID: number }[];
  rows: unknown[];
}

function relabel(result: DriverResult): DriverResult {
  const indexes: number[] = [];
  result.fields.forEach((field, i) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      indexes.push(i);
    }
  });
  if (indexes.length > 0) charColumns.set(result.rows, indexes);
  return result;
}

/**
 * Wraps a pg Pool or a PGlite instance so that every query result, including those of pooled
 * clients (pg `connect`) and transactions (PGlite `transaction`), goes through `relabel`.
 * The adapters call `query` in promise form only.
 */
function relabelCharColumns<T extends object>(driver: T): T {
  return new Proxy(driver, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (prop === "query") {
        return async (...args: unknown[]) => relabel(await value.apply(target, args));
      }
      if (prop === "connect" && target instanceof pg.Pool) {
        return async () => relabelCharColumns(await target.connect());
      }
      if (prop === "transaction") {
        return (fn: (tx: object) => unknown) =>
          value.call(target, (tx: object) => fn(relabelCharColumns(tx)));
      }
      return value.bind(target);
    },
  });
}

function fixCharTypes(result: SqlResultSet): SqlResultSet {
  for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
  return result;
}

/** The adapter with "char" columns reported as Character and migration scripts sent whole. */
function withFixes(
  adapter: SqlDriverAdapter,
  runScript: (sql: string) => Promise<unknown>,
): SqlDriverAdapter {
  return {
    adapterName: adapter.adapterName,
    provider: adapter.provider,
    queryRaw: async (query: SqlQuery) => fixCharTypes(await adapter.queryRaw(query)),
    executeRaw: (query) => adapter.executeRaw(query),
    executeScript: async (script) => {
      await runScript(script);
    },
    startTransaction: async (isolationLevel) => {
      const tx = await adapter.startTransaction(isolationLevel);
      return {
        adapterName: tx.adapterName,
        provider: tx.provider,
        options: tx.options,
        queryRaw: async (query: SqlQuery) => fixCharTypes(await tx.queryRaw(query)),
        executeRaw: (query) => tx.executeRaw(query),
        commit: () => tx.commit(),
        rollback: () => tx.rollback(),
      };
    },
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}
