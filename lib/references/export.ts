import "server-only";
import type { Actor } from "../auth/actor";
import { projectTypeLabel } from "../competencies/project-types";
import { getDb } from "../db/client";
import { csvLine } from "./csv";
import { type ListFilters, listFiltersSchema } from "./list-filters";
import { listRowSelect } from "./list-row";
import { referenceListOrder, referenceListWhere } from "./list-where";
import { STATUS_LABELS } from "./wording";

// The Reference List as CSV: the same where and order as the page (list-where.ts), but every
// page, read in bounded batches so a large partner never sits in memory at once.

export const EXPORT_BATCH_SIZE = 500;

export const EXPORT_HEADER = [
  "Customer",
  "Contact",
  "Contact email",
  "Project",
  "Project type",
  "Partner",
  "Location",
  "Status",
  "First sent",
  "Last sent",
  "Times sent",
  "Competency",
] as const;

export async function* exportReferencesCsv(options: {
  actor: Actor;
  filters: Partial<ListFilters>;
  now: Date;
  batchSize?: number;
}): AsyncGenerator<string> {
  const { actor } = options;
  const filters = listFiltersSchema.parse(options.filters);
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const db = await getDb();
  const where = referenceListWhere(actor, filters);
  const orderBy = referenceListOrder(filters);

  yield csvLine([...EXPORT_HEADER]);
  // Keyset pagination: each batch continues after the previous batch's last row in the list's own
  // order (the id tiebreak makes that position unique), so rows added meanwhile cannot shift it.
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.referenceRequest.findMany({
      where,
      orderBy,
      select: listRowSelect,
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    for (const r of batch) {
      yield csvLine([
        r.customerCompany,
        r.contactName,
        r.contactEmail,
        r.projectTitle,
        projectTypeLabel(r.projectType),
        r.partner.name,
        r.location.name,
        STATUS_LABELS[r.status],
        r.firstSentAt,
        r.lastSentAt,
        r.sendCount,
        r.competency?.name ?? "",
      ]);
    }
    if (batch.length < batchSize) return;
    cursor = batch[batch.length - 1]!.id;
  }
}
