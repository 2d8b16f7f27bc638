import "server-only";
import type { Actor } from "../auth/actor";
import { visiblePartnerId } from "../auth/permissions";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { autoApprovedTotal } from "../ops/metrics";
import { queueReferenceWebhooks } from "../webhooks/outbox";
import { actorColumns } from "./events";
import { autoApprovalCutoff } from "./timing";
import { TX_OPTIONS } from "./tx";

// R4 at the moment of use (decision 031): a request still awaiting approval 42 days after its first
// send is auto-approved when someone looks at it or acts on it, not only when the job next runs.
// It is the job's own write and event — status AWAITING_APPROVAL and first sent at or before the
// cutoff, claimed with SKIP LOCKED, one AUTO_APPROVED event by the system — only narrowed to the
// request or partner at hand, so the job, a customer and an admin can race and it happens once.

type Tx = Prisma.TransactionClient;

const SYSTEM = actorColumns({ kind: "system" });
const NOTE = "No answer within six weeks of the first request.";

/** Which overdue requests to settle: one request, one partner's, or (agents' lists) any. */
export type OverdueScope = { referenceId: string } | { partnerId: string } | "all";

/** A bound on what one page view may write; the job sweeps the rest. */
const CATCH_UP_LIMIT = 200;

function scopeSql(scope: OverdueScope): Prisma.Sql {
  if (scope === "all") return Prisma.empty;
  if ("referenceId" in scope) return Prisma.sql`AND id = ${scope.referenceId}`;
  return Prisma.sql`AND "partnerId" = ${scope.partnerId}`;
}

function scopeWhere(scope: OverdueScope): Prisma.ReferenceRequestWhereInput {
  if (scope === "all") return {};
  return "referenceId" in scope ? { id: scope.referenceId } : { partnerId: scope.partnerId };
}

/** The conditional write and its history events, inside the caller's transaction. */
export async function autoApproveOverdueWithin(
  tx: Tx,
  { now, scope, limit = CATCH_UP_LIMIT }: { now: Date; scope: OverdueScope; limit?: number },
): Promise<string[]> {
  const cutoff = autoApprovalCutoff(now);
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "ReferenceRequest"
    SET status = 'MICROSOFT_AUTO_APPROVED', "decidedAt" = ${now}, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "ReferenceRequest"
      WHERE status = 'AWAITING_APPROVAL' AND "firstSentAt" <= ${cutoff} AND "deliveryFailedAt" IS NULL ${scopeSql(scope)}
      ORDER BY "firstSentAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    AND status = 'AWAITING_APPROVAL'
    RETURNING id`;
  if (rows.length === 0) return [];
  autoApprovedTotal().inc(rows.length);
  await tx.referenceEvent.createMany({
    data: rows.map((row) => ({
      referenceId: row.id,
      type: "AUTO_APPROVED" as const,
      ...SYSTEM,
      before: { status: "AWAITING_APPROVAL" },
      after: { status: "MICROSOFT_AUTO_APPROVED", decidedAt: now.toISOString() },
      note: NOTE,
      createdAt: now,
    })),
  });
  const ids = rows.map((row) => row.id);
  // R14's events are written set-based here, so their webhooks are queued here too (issue 19).
  await queueReferenceWebhooks(tx, { referenceIds: ids, type: "AUTO_APPROVED", at: now });
  return ids;
}

/**
 * Settles overdue requests in `scope` before they are shown or acted on. Cheap when nothing is due:
 * one indexed look-up ([partnerId,] status, firstSentAt) that finds no row and writes nothing.
 */
export async function autoApproveOverdue(options: { now: Date; scope: OverdueScope }): Promise<number> {
  const db = await getDb();
  const due = await db.referenceRequest.findFirst({
    where: {
      status: "AWAITING_APPROVAL",
      firstSentAt: { lte: autoApprovalCutoff(options.now) },
      deliveryFailedAt: null, // R17
      ...scopeWhere(options.scope),
    },
    select: { id: true },
    // Without an order, LIMIT 1 lets the planner bet on a sequential scan finding a due row early
    // (it guesses thousands from column statistics); on a list view nothing is due and that scan
    // reads every row. Ordered, it walks (partnerId, status, firstSentAt) and stops at once.
    orderBy: { firstSentAt: "asc" },
  });
  if (!due) return 0;
  const ids = await db.$transaction((tx) => autoApproveOverdueWithin(tx, options), TX_OPTIONS);
  return ids.length;
}

/** What a list view of this actor covers: a partner user's own partner; an agent's chosen one, or all. */
export function listScope(actor: Actor, partnerId?: string): OverdueScope {
  const visible = visiblePartnerId(actor);
  if (visible !== "all") return { partnerId: visible };
  return partnerId ? { partnerId } : "all";
}
