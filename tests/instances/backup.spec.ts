import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { PORTS } from "../../playwright.instances.config";
import { spawnServer } from "./spawn-server";

// Issue 20: `npm run db:backup` of the instances' seeded database, `npm run db:restore` into a new
// one, and the server as shipped started on the copy: ready, with the same rows.

const run = promisify(execFile);

function databaseNamed(name: string) {
  const url = new URL(process.env.E2E_INSTANCES_DATABASE_URL ?? "");
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: databaseNamed("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function tableCounts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of rows)
      counts[name] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`))
        .rows[0]!.n;
    return counts;
  } finally {
    await client.end();
  }
}

const npmRun = (script: string, file: string, databaseUrl: string) =>
  run("npm", ["run", "-s", script, "--", file], { env: { ...process.env, DATABASE_URL: databaseUrl } });

test("a backup restored into a new database: the app starts on it, ready, with the same rows", async () => {
  const source = process.env.E2E_INSTANCES_DATABASE_URL ?? "";
  const copyName = `${new URL(source).pathname.slice(1)}_restored`;
  const copy = databaseNamed(copyName);
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), "prc-backup-")), "portal.dump");
  await admin(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${copyName}"`);
  try {
    const backup = await npmRun("db:backup", file, source);
    expect(backup.stdout).toContain(`to ${file}`);
    // The counts are read after the backup, which cannot lose rows written before it.
    const before = await tableCounts(source);
    const restore = await npmRun("db:restore", file, copy);
    expect(restore.stdout).toContain(`Restored ${file}`);

    const server = await spawnServer(PORTS.restored, copy);
    try {
      const ready = await fetch(`http://127.0.0.1:${PORTS.restored}/api/ready`);
      expect([ready.status, await ready.json()]).toEqual([
        200,
        { status: "ready", checks: { database: "ok", migrations: "ok" } },
      ]);
      expect((await fetch(`http://127.0.0.1:${PORTS.restored}/signin`)).status).toBe(200);
      const after = await tableCounts(copy);
      // What the instances wrote between the two readings (abuse-limit counters) aside, the same rows.
      for (const table of [
        "Partner",
        "User",
        "ReferenceRequest",
        "ReferenceEvent",
        "OutboxEmail",
        "Competency",
      ])
        expect(after[table], table).toBe(before[table]);
      expect(Object.keys(after)).toEqual(Object.keys(before));
    } finally {
      await server.stop();
    }

    // A second restore into the copy, which now holds data, is refused with a line, not a stack.
    const again = await npmRun("db:restore", file, copy).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stderr: string }).stderr.trim()).toBe(
      "The target database is not empty: restore only into a new, empty database.",
    );
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`);
  }
});
