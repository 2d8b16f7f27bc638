import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { autoApprovedTotal } from "../ops/metrics";
import { queueReferenceWebhooks } from "../webhooks/outbox";
import { actorColumns } from "./events";
import { autoApprovalCutoff } from "./timing";

// R4 (and R2): requests still awaiting approval 42 days after their FIRST send become
// MICROSOFT_AUTO_APPROVED. Each batch is ONE statement: rows claimed with FOR UPDATE SKIP LOCKED
// and re-checked, updated, and their audit events inserted by a data-modifying CTE, so overlapping
// runs (several instances, a slow cron) approve each row once with one event, and a customer's
// concurrent decision either wins or loses whole. Runs are bounded by time, not by a row count
// (decision 062): a backlog of a million drains in a few scheduled calls.

export const AUTO_APPROVE_BATCH_SIZE = 10_000;
/** Leaves room for the digests and email delivery in the same scheduled call (vercel.json maxDuration). */
export const AUTO_APPROVE_BUDGET_MS = 40_000;

const SYSTEM = actorColumns({ kind: "system" });
/** A batch of 10 000 is one statement plus its webhooks; PGlite may need more than TX_OPTIONS' 15 s. */
const BATCH_TX = { maxWait: 15_000, timeout: 120_000 } as const;
const NOTE = "No answer within six weeks of the first request.";

type Batch = { approved: number; lastFirstSentAt: Date | null; lastId: string | null; ids: string[] | null };

export async function autoApproveDue({
  now,
  batchSize = AUTO_APPROVE_BATCH_SIZE,
  budgetMs = AUTO_APPROVE_BUDGET_MS,
}: {
  now: Date;
  batchSize?: number;
  /** Stop starting new batches after this long; the next scheduled call continues. */
  budgetMs?: number;
}): Promise<{ approved: number }> {
  const db = await getDb();
  const cutoff = autoApprovalCutoff(now);
  const started = performance.now();
  const after = JSON.stringify({ status: "MICROSOFT_AUTO_APPROVED", decidedAt: now.toISOString() });
  const before = JSON.stringify({ status: "AWAITING_APPROVAL" });
  let approved = 0;
  let resume = Prisma.empty;
  for (;;) {
    // One transaction per batch: the webhooks of its approvals are written with them (issue 19).
    const batch = await db.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<Batch[]>`
      WITH due AS (
        SELECT id FROM "ReferenceRequest"
        WHERE status = 'AWAITING_APPROVAL' AND "firstSentAt" <= ${cutoff} AND "deliveryFailedAt" IS NULL ${resume}
        ORDER BY "firstSentAt", id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED),
      done AS (
        UPDATE "ReferenceRequest" r
        SET status = 'MICROSOFT_AUTO_APPROVED', "decidedAt" = ${now}, "updatedAt" = ${now}
        FROM due WHERE r.id = due.id AND r.status = 'AWAITING_APPROVAL'
        RETURNING r.id, r."firstSentAt"),
      logged AS (
        INSERT INTO "ReferenceEvent"
          (id, "referenceId", type, "actorKind", "actorUserId", "actorLabel", before, after, note, "createdAt")
        SELECT gen_random_uuid()::text, id, 'AUTO_APPROVED', 'SYSTEM', NULL, ${SYSTEM.actorLabel},
          ${before}::jsonb, ${after}::jsonb, ${NOTE}, ${now}
        FROM done
        RETURNING 1)
      SELECT (SELECT count(*) FROM logged)::int AS approved,
        last."firstSentAt" AS "lastFirstSentAt", last.id AS "lastId", (SELECT array_agg(id) FROM done) AS ids
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (SELECT "firstSentAt", id FROM done ORDER BY 1 DESC, 2 DESC LIMIT 1) last ON true`;
      // The same scheduled run delivers them (deliver-webhooks), so no delivery starts from here.
      const referenceIds = row!.ids ?? [];
      await queueReferenceWebhooks(tx, {
        referenceIds,
        type: "AUTO_APPROVED",
        at: now,
        deliverAtOnce: false,
      });
      return row!;
    }, BATCH_TX);
    approved += batch!.approved;
    if (batch!.approved < batchSize || !batch!.lastId) break;
    if (performance.now() - started >= budgetMs) break;
    // The next batch starts after this one in the index instead of re-walking its dead entries.
    resume = Prisma.sql`AND "firstSentAt" >= ${batch!.lastFirstSentAt}
      AND ("firstSentAt", id) > (${batch!.lastFirstSentAt}, ${batch!.lastId})`;
  }
  autoApprovedTotal().inc(approved);
  return { approved };
}

/** How many requests are due and still waiting (the cron reports it so a backlog is visible). */
export async function countStillDue({ now }: { now: Date }): Promise<number> {
  const db = await getDb();
  return db.referenceRequest.count({
    where: {
      status: "AWAITING_APPROVAL",
      firstSentAt: { lte: autoApprovalCutoff(now) },
      deliveryFailedAt: null,
    },
  });
}
