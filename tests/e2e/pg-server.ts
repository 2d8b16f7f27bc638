import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { E2E_CRON_SECRET } from "./constants";

// A second production server (server.mjs) for the specs that need what the shared embedded-database
// server cannot give: reading every table's row count while the app runs, and pulling the database away
// (a TCP relay in front of PostgreSQL that the test can cut). It gets its own seeded database on the
// local PostgreSQL server (TEST_DATABASE_URL, else the default local one) and drops it afterwards.

const ADMIN_URL = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

function withDatabase(url: string, name: string, port?: number): string {
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  if (port) {
    copy.hostname = "127.0.0.1";
    copy.port = String(port);
  }
  return copy.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A TCP relay to PostgreSQL that can be cut (every connection dropped, new ones refused) and restored. */
async function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited:\n${log()}`);
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server did not answer in time:\n${log()}`);
}

export type PgServer = Awaited<ReturnType<typeof startPgServer>>;

/** Seeds a fresh database, starts the production server (server.mjs) on it (through the relay) and returns handles. */
export async function startPgServer(port: number) {
  const name = `prc_e2e_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const direct = withDatabase(ADMIN_URL, name);
  const seeded = spawnSync("npm", ["run", "--silent", "db:seed"], {
    env: { ...process.env, DATABASE_URL: direct, PGLITE_DIR: "" },
    encoding: "utf8",
  });
  if (seeded.status !== 0) throw new Error(`seeding failed: ${seeded.stderr}${seeded.stdout}`);

  const tcp = await relay(new URL(direct));
  const baseURL = `http://localhost:${port}`;
  let output = "";
  const server = spawn(process.execPath, ["server.mjs", "-p", String(port)], {
    detached: true, // its own process group, so stop() ends next-server too
    env: {
      ...process.env,
      DEMO_MODE: "1",
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      NEXTAUTH_URL: baseURL,
      CRON_SECRET: E2E_CRON_SECRET,
      DATABASE_URL: withDatabase(ADMIN_URL, name, tcp.port),
      PGLITE_DIR: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  server.stdout?.on("data", (d) => {
    output += d;
  });
  server.stderr?.on("data", (d) => {
    output += d;
  });
  await waitFor(`${baseURL}/signin`, server, () => output);

  const db = new pg.Pool({ connectionString: direct, max: 2 });
  // An idle connection that PostgreSQL ends (57P01, e.g. while the outage test cuts and restores the
  // database) must not crash the test process; the next query simply opens a new connection.
  db.on("error", () => {});
  return {
    baseURL,
    output: () => output,
    cutDatabase: tcp.cut,
    restoreDatabase: tcp.restore,
    /** Exact row counts of every table of the app (Prisma's bookkeeping table aside). */
    async rowCounts(): Promise<Record<string, number>> {
      const tables = await db.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
         ORDER BY table_name`,
      );
      const counts: Record<string, number> = {};
      for (const { table_name } of tables.rows) {
        const r = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_name}"`);
        counts[table_name] = Number(r.rows[0]?.n);
      }
      return counts;
    },
    query: <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => db.query<T>(sql, params),
    async stop() {
      if (server.pid && server.exitCode === null) {
        process.kill(-server.pid, "SIGTERM");
        await new Promise((r) => server.once("exit", r));
      }
      await db.end();
      await tcp.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
