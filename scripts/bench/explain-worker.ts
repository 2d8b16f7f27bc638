import { loadActor } from "@/lib/auth/load-actor";
import { competencyProgress } from "@/lib/competencies/progress";
import { closeDatabase, getDb } from "@/lib/db/client";
import { postgresSession } from "@/lib/db/sql";
import { exportReferencesCsv } from "@/lib/references/export";
import { parseListFilters } from "@/lib/references/list-filters";
import { encodeCursor } from "@/lib/references/list-keyset";
import { listReferences } from "@/lib/references/queries";
import { BIG } from "./seed";

// EXPLAIN ANALYZE of the SQL the app really sends (captured from Prisma's query events) for the
// list, its counts, a deep page, an export batch and the competencies page, plus the queries the
// list used before issue 12 for comparison. Prints Markdown for docs/performance.md.

const db = await getDb();
const captured: { query: string; params: string }[] = [];
db.$on("query" as never, (e: { query: string; params: string }) => captured.push(e));
const session = await postgresSession(process.env.DATABASE_URL!);
const actor = (await loadActor(`${BIG}-admin`))!;
const now = new Date();

async function explain(title: string, query: string, params: unknown[]) {
  const rows = await session.query<{ "QUERY PLAN": string }>(
    `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`,
    params,
  );
  console.log(
    `\n#### ${title}\n\n\`\`\`sql\n${query}\n\`\`\`\n\n\`\`\`\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}\n\`\`\``,
  );
}

/** Runs `work`, then explains the queries it sent that `pick` selects (`last`: only the last n). */
async function capture(title: string, work: () => Promise<unknown>, pick: (q: string) => boolean, last = 0) {
  captured.length = 0;
  await work();
  const chosen = captured.filter((c) => pick(c.query));
  for (const [i, q] of (last ? chosen.slice(-last) : chosen).entries()) {
    await explain(`${title}${i ? ` (${i + 1})` : ""}`, q.query, JSON.parse(q.params));
  }
}

const filters = parseListFilters({});
const isList = (q: string) => q.includes('FROM "ReferenceRequest" r') && q.includes("LIMIT");
await capture("List, first page (default view)", () => listReferences({ actor, filters, now }), isList);
await capture(
  "R4 at the moment of use: anything overdue? (default view)",
  () => listReferences({ actor, filters, now }),
  (q) => q.includes('"firstSentAt" <=') && !q.includes("UPDATE"),
);
await capture(
  "Status counts (default view)",
  () => listReferences({ actor, filters, now }),
  (q) => q.includes("ReferenceCount"),
);
const [row] = await session.query<{ id: string; createdAt: Date }>(
  `SELECT id, "createdAt" FROM "ReferenceRequest" WHERE "partnerId" = $1 ORDER BY "createdAt" DESC, id DESC
   OFFSET (SELECT count(*) - 21 FROM "ReferenceRequest" WHERE "partnerId" = $1) LIMIT 1`,
  [BIG],
);
const after = encodeCursor(filters, row!);
await capture(
  "List, last page (Next from the second-to-last page)",
  () => listReferences({ actor, filters: parseListFilters({ after }), now }),
  isList,
);
await capture(
  "Export, around batch 10 of 20 (where it ends, then its CSV)",
  async () => {
    let n = 0;
    for await (const _ of exportReferencesCsv({ actor, filters: {}, now })) if (++n >= 11) break;
  },
  isList,
  2,
);
await capture(
  "Competencies page",
  () => competencyProgress({ actor, now: new Date() }),
  (q) => q.includes("LATERAL") || q.includes("ReferenceCount"),
);

console.log("\n### Before (the queries of the previous code, same data)");
await explain(
  "Before: full count per view",
  `SELECT count(*) FROM "ReferenceRequest" WHERE "partnerId" = $1`,
  [BIG],
);
await explain(
  "Before: status groupBy per view",
  `SELECT status, count(*) FROM "ReferenceRequest" WHERE "partnerId" = $1 GROUP BY status`,
  [BIG],
);
await explain(
  "Before: OFFSET page 5000",
  `SELECT id FROM "ReferenceRequest" WHERE "partnerId" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 20 OFFSET 99980`,
  [BIG],
);
await session.close();
await closeDatabase();
