import "server-only";
import { getDb } from "../db/client";
import { actorColumns } from "./events";
import { autoApprovalCutoff } from "./timing";
import { TX_OPTIONS } from "./tx";

// R4 (and R2): requests still awaiting approval 42 days after their FIRST send become
// MICROSOFT_AUTO_APPROVED. Set-based and in bounded batches; rows are claimed with
// FOR UPDATE SKIP LOCKED and re-checked, so overlapping runs (several instances, a slow cron)
// approve each row once, and a customer's concurrent decision either wins or loses whole.

const SYSTEM = actorColumns({ kind: "system" });

export async function autoApproveDue({
  now,
  batchSize = 200,
  maxBatches = 50,
}: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
}): Promise<{ approved: number }> {
  const db = await getDb();
  const cutoff = autoApprovalCutoff(now);
  let approved = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    const count = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "ReferenceRequest"
        SET status = 'MICROSOFT_AUTO_APPROVED', "decidedAt" = ${now}, "updatedAt" = ${now}
        WHERE id IN (
          SELECT id FROM "ReferenceRequest"
          WHERE status = 'AWAITING_APPROVAL' AND "firstSentAt" <= ${cutoff}
          ORDER BY "firstSentAt", id
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED)
        AND status = 'AWAITING_APPROVAL'
        RETURNING id`;
      if (rows.length === 0) return 0;
      await tx.referenceEvent.createMany({
        data: rows.map((row) => ({
          referenceId: row.id,
          type: "AUTO_APPROVED" as const,
          ...SYSTEM,
          before: { status: "AWAITING_APPROVAL" },
          after: { status: "MICROSOFT_AUTO_APPROVED", decidedAt: now.toISOString() },
          note: "No answer within six weeks of the first request.",
          createdAt: now,
        })),
      });
      return rows.length;
    }, TX_OPTIONS);
    approved += count;
    if (count < batchSize) break;
  }
  return { approved };
}
