import "server-only";
import { toApiReference } from "../api/references";
import type { Prisma } from "../db/generated/client";
import { listRowSelect, referenceColumns } from "../references/list-row";

// A webhook's `data` is the reference exactly as GET /api/v1/references answers it (toApiReference),
// read inside the change's transaction, so it shows the reference as that change left it.

export async function webhookReference(tx: Prisma.TransactionClient, referenceId: string) {
  const record = await tx.referenceRequest.findUniqueOrThrow({
    where: { id: referenceId },
    select: listRowSelect,
  });
  // Which buttons a person would see means nothing to a receiver (and toApiReference drops it).
  return toApiReference({ ...referenceColumns(record), actions: { resend: null, assign: null } });
}
