import { spawn } from "node:child_process";
import { parseListFilters } from "@/lib/references/list-filters";
import { encodeCursor } from "@/lib/references/list-keyset";
import { copyOf, drop, urlFor, withSession } from "./databases";
import { download, loadP95, sequentialMedian } from "./http";
import { BENCH_API_KEY, BIG } from "./seed";
import { type Measure, pairs } from "./stats";

// Each measure of issue 12 as app vs floor, interleaved pairs, median of `rounds`.

export interface Context {
  url: string;
  bigCookie: string;
  tinyCookie: string;
  webUrl: string;
  rounds: number;
  requests: number;
}

const SIGNIN = { path: "/signin", expect: "Sign in" };

export async function listP95(c: Context): Promise<Measure> {
  const app = () =>
    loadP95(`${c.url}/references`, {
      cookie: c.bigCookie,
      connections: 10,
      total: c.requests,
      expect: "Reference List",
    });
  const floor = () =>
    loadP95(`${c.url}${SIGNIN.path}`, { connections: 10, total: c.requests, expect: SIGNIN.expect });
  return {
    name: "/references p95, 10 connections vs /signin",
    ...(await pairs(c.rounds, app, floor)),
    target: 2,
    unit: "ms",
  };
}

/**
 * Issue 19: a page of the Reference List as JSON for an API key of the 100 000-reference partner,
 * against /signin under the same load. No React render, so the target is tighter than the page's.
 */
export async function apiListP95(c: Context): Promise<Measure> {
  const app = () =>
    loadP95(`${c.url}/api/v1/references?limit=20`, {
      cookie: `Bearer ${BENCH_API_KEY}`,
      connections: 10,
      total: c.requests,
      expect: '"nextCursor"',
    });
  const floor = () =>
    loadP95(`${c.url}${SIGNIN.path}`, { connections: 10, total: c.requests, expect: SIGNIN.expect });
  return {
    name: "GET /api/v1/references p95, 10 connections vs /signin",
    ...(await pairs(c.rounds, app, floor)),
    target: 1.5,
    unit: "ms",
  };
}

/**
 * Issue 20: the list's p95 on the server with structured logs (info) and request metrics on, against
 * a second server on the same database with both off (LOG_LEVEL=silent, no METRICS_TOKEN).
 */
export async function observabilityOverhead(c: Context, quietUrl: string): Promise<Measure> {
  const list = (url: string) => () =>
    loadP95(`${url}/references`, {
      cookie: c.bigCookie,
      connections: 10,
      total: c.requests,
      expect: "Reference List",
    });
  return {
    name: "/references p95, logs+metrics on vs off",
    ...(await pairs(c.rounds, list(c.url), list(quietUrl))),
    target: 1.05,
    unit: "ms",
  };
}

export async function competenciesP95(c: Context): Promise<Measure> {
  const app = () =>
    loadP95(`${c.url}/competencies`, {
      cookie: c.bigCookie,
      connections: 10,
      total: c.requests,
      expect: "Competencies",
    });
  const floor = () =>
    loadP95(`${c.url}${SIGNIN.path}`, { connections: 10, total: c.requests, expect: SIGNIN.expect });
  const bytes = (await (await fetch(`${c.url}/competencies`, { headers: { cookie: c.bigCookie } })).text())
    .length;
  return {
    name: "/competencies p95, 10 connections vs /signin",
    ...(await pairs(c.rounds, app, floor)),
    target: 2,
    unit: "ms",
    note: `(${(bytes / 1024).toFixed(0)} KB of HTML)`,
  };
}

/** The last page of the big partner (by cursor) vs the one page of a partner with one row. */
export async function deepPage(c: Context): Promise<Measure> {
  const filters = parseListFilters({});
  const row = await withSession(c.webUrl, async (s) => {
    const [counted] = await s.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ReferenceRequest" WHERE "partnerId" = $1`,
      [BIG],
    );
    const [r] = await s.query<{ id: string; createdAt: Date }>(
      `SELECT id, "createdAt" FROM "ReferenceRequest" WHERE "partnerId" = $1
       ORDER BY "createdAt" DESC, id DESC OFFSET $2 LIMIT 1`,
      [BIG, Math.max(0, counted!.n - 21)],
    );
    return r!;
  });
  const deep = encodeCursor(filters, row);
  const top = encodeCursor(filters, { id: "~", createdAt: new Date(Date.now() + 86_400_000) });
  const app = () => sequentialMedian(`${c.url}/references?after=${deep}`, c.bigCookie, 10, "Reference List");
  const floor = () => sequentialMedian(`${c.url}/references?after=${top}`, c.tinyCookie, 10, "Only Customer");
  return {
    name: "/references last page (cursor) vs 1-row partner",
    ...(await pairs(c.rounds, app, floor)),
    target: 2,
    unit: "ms",
  };
}

const COPY_SQL = `SELECT r."customerCompany", r."contactName", r."contactEmail", r."projectTitle", r."projectType",
  p.name, l.name, r.status, r."firstSentAt", r."lastSentAt", r."sendCount", c.name
  FROM "ReferenceRequest" r JOIN "Partner" p ON p.id = r."partnerId" JOIN "Location" l ON l.id = r."locationId"
  LEFT JOIN "Competency" c ON c.id = r."competencyId"
  WHERE r."partnerId" = '${BIG}' ORDER BY r."createdAt" DESC, r.id DESC`;

function psqlCopy(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      "psql",
      [url, "-q", "-c", `\\copy (${COPY_SQL.replace(/\n/g, " ")}) TO STDOUT WITH CSV HEADER`],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`psql exited ${code}`)),
    );
  });
}

export async function exportCsv(c: Context, refs: number): Promise<Measure> {
  let bytes = 0;
  const app = async () => {
    const d = await download(`${c.url}/references/export`, c.bigCookie);
    bytes = d.bytes;
    return d.ms;
  };
  return {
    name: `CSV export of ${refs.toLocaleString("en-US")} rows vs psql \\copy`,
    ...(await pairs(c.rounds, app, () => psqlCopy(c.webUrl))),
    target: 3,
    unit: "ms",
    note: `(${(bytes / 1048576).toFixed(1)} MB)`,
  };
}

const worker = (databaseUrl: string, now: Date) =>
  runWorker<{ calls: number; approved: number; workMs: number }>(
    "scripts/bench/auto-approve-worker.ts",
    [now.toISOString()],
    { DATABASE_URL: databaseUrl },
  );

/**
 * Issue 19: `count` webhook messages delivered by the scheduled run's delivery vs a plain pooled
 * fetch loop to the same local receiver (target: at least half its rate, i.e. ≤ 2× its time).
 */
export async function webhookDeliveries(c: Context, count: number): Promise<Measure> {
  let rate = 0;
  let floorRate = 0;
  const runs: { appMs: number; floorMs: number }[] = [];
  const app = async () => {
    const r = await runWorker<{ count: number; appMs: number; floorMs: number }>(
      "scripts/bench/webhook-worker.ts",
      [String(count)],
      { DATABASE_URL: c.webUrl, WEBHOOK_ALLOW_PRIVATE: "1", NODE_ENV: "development" },
    );
    runs.push(r);
    rate = (count * 1000) / r.appMs;
    floorRate = (count * 1000) / r.floorMs;
    return r.appMs;
  };
  // Each worker run measures both sides back to back; the floor is read from the same run.
  const result = await pairs(c.rounds, app, async () => runs.at(-1)!.floorMs);
  return {
    name: `${count} webhook deliveries vs pooled fetch loop`,
    ...result,
    target: 2,
    unit: "ms",
    note: `(${rate.toFixed(0)}/s vs ${floorRate.toFixed(0)}/s in the last round; target ≥ 50 % of the loop's rate)`,
  };
}

function runWorker<T>(script: string, args: string[], env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    let out = "";
    const child = spawn(
      "node_modules/.bin/tsx",
      ["--import", "./scripts/support/server-only-hook.mjs", script, ...args],
      {
        env: { ...process.env, NEXTAUTH_SECRET: "bench", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let err = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    // The app's slow-query log fires on every large batch; it is shown only if the worker fails.
    child.stderr.on("data", (d) => {
      err += d;
    });
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()!))
        : reject(new Error(`worker exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

const FLOOR_SQL = `WITH done AS (
  UPDATE "ReferenceRequest" SET status = 'MICROSOFT_AUTO_APPROVED', "decidedAt" = $1, "updatedAt" = $1
  WHERE status = 'AWAITING_APPROVAL' AND "firstSentAt" <= $2 RETURNING id)
INSERT INTO "ReferenceEvent" (id, "referenceId", type, "actorKind", "actorUserId", "actorLabel", before, after, note, "createdAt")
SELECT gen_random_uuid()::text, id, 'AUTO_APPROVED', 'SYSTEM', NULL, 'Partner Reference Center (scheduled job)',
  '{"status":"AWAITING_APPROVAL"}', jsonb_build_object('status', 'MICROSOFT_AUTO_APPROVED', 'decidedAt', $3::text),
  'No answer within six weeks of the first request.', $1 FROM done`;

/** The scheduler's calls draining the whole backlog vs one statement doing all of it, each on a fresh copy. */
export async function autoApproval(
  template: string,
  due: number,
  now: Date,
  rounds: number,
  log: (s: string) => void,
) {
  let calls = 0;
  const app = async () => {
    const name = await copyOf(template);
    try {
      const r = await worker(urlFor(name), now);
      if (r.approved !== due) throw new Error(`auto-approval approved ${r.approved}, expected ${due}`);
      calls = r.calls;
      log(`  app: ${r.calls} call(s), ${(r.workMs / 1000).toFixed(1)} s of work`);
      return r.workMs;
    } finally {
      await drop(name);
    }
  };
  const floor = async () => {
    const name = await copyOf(template);
    try {
      return await withSession(urlFor(name), async (s) => {
        const cutoff = new Date(now.getTime() - 42 * 86_400_000);
        const started = performance.now();
        await s.query(FLOOR_SQL, [now, cutoff, now.toISOString()]);
        const ms = performance.now() - started;
        log(`  floor: one statement, ${(ms / 1000).toFixed(1)} s`);
        return ms;
      });
    } finally {
      await drop(name);
    }
  };
  const result = await pairs(rounds, app, floor);
  return {
    name: `auto-approval of ${due.toLocaleString("en-US")} due vs one SQL statement`,
    ...result,
    target: 3,
    unit: "ms",
    note: `(${calls} scheduled call(s) of ≤40 s budget each)`,
  } satisfies Measure;
}
