import "server-only";
import { toApiReference } from "../api/references";
import { isContactErased } from "../customers/erased";
import type { Prisma } from "../db/generated/client";
import { listRowSelect } from "../references/list-row";
import { STATUS_LABELS } from "../references/wording";

// A webhook's `data` is the reference exactly as GET /api/v1/references answers it (toApiReference),
// read inside the change's transaction, so it shows the reference as that change left it.

export async function webhookReference(tx: Prisma.TransactionClient, referenceId: string) {
  const { location, partner, competency, ...columns } = await tx.referenceRequest.findUniqueOrThrow({
    where: { id: referenceId },
    select: listRowSelect,
  });
  return toApiReference({
    ...columns,
    locationName: location.name,
    partnerName: partner.name,
    statusLabel: STATUS_LABELS[columns.status],
    competencyName: competency?.name ?? null,
    contactErased: isContactErased(columns),
    // Which buttons a person would see has no meaning for a receiver (and toApiReference drops it).
    actions: { resend: null, assign: null },
  });
}
