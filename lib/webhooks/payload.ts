import "server-only";
import type { ApiReference } from "../api/contract";
import { toApiReference } from "../api/references";
import type { Prisma } from "../db/generated/client";
import { listRowSelect, referenceColumns } from "../references/list-row";

// A webhook's `data` is the reference exactly as GET /api/v1/references answers it (toApiReference),
// read inside the change's transaction, so it shows the reference as that change left it.

export async function webhookReferences(
  tx: Prisma.TransactionClient,
  referenceIds: string[],
): Promise<Map<string, ApiReference>> {
  const records = await tx.referenceRequest.findMany({
    where: { id: { in: referenceIds } },
    select: listRowSelect,
  });
  // Which buttons a person would see means nothing to a receiver (and toApiReference drops it).
  const none = { resend: null, assign: null };
  return new Map(records.map((r) => [r.id, toApiReference({ ...referenceColumns(r), actions: none })]));
}
