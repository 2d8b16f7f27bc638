import "server-only";
import type { Actor } from "../auth/actor";
import { projectTypeLabel } from "../competencies/project-types";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { csvLine } from "./csv";
import { type ListFilters, listFiltersSchema } from "./list-filters";
import { keysetOrder, keysetWhere, SORT_KEYS } from "./list-keyset";
import { keyColumns, loadListRows } from "./list-rows";
import { referenceListWhere } from "./list-where";
import { STATUS_LABELS } from "./wording";

// The Reference List as CSV: the same where and order as the page (list-where.ts, list-keyset.ts),
// but every page, read in bounded batches so a large partner never sits in memory at once.

// Large enough that per-query overhead is small next to the rows, small enough to stay a few MB.
export const EXPORT_BATCH_SIZE = 2000;

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

/** Excel reads a CSV without it as the local code page and shows "MÃ¼ller" for "Müller". */
export const UTF8_BOM = "\uFEFF";

/**
 * The filtered list as CSV, one string per batch: the UTF-8 BOM and header first, then each batch of
 * rows. Batches continue after the previous batch's last row (keyset, list-keyset.ts), so batch
 * 50 costs what batch 1 does and rows added meanwhile cannot shift it.
 */
export async function* exportReferencesCsv(options: {
  actor: Actor;
  filters: Partial<ListFilters>;
  now: Date;
  batchSize?: number;
}): AsyncGenerator<string> {
  const { actor } = options;
  // The export always starts at the top of the list, whatever page the user was on.
  const filters = {
    ...listFiltersSchema.parse(options.filters),
    after: undefined,
    before: undefined,
    from: undefined,
  };
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const db = await getDb();
  const where = referenceListWhere(actor, filters);
  const orderBy = keysetOrder(filters);

  yield UTF8_BOM + csvLine([...EXPORT_HEADER]);
  let after: Prisma.ReferenceRequestWhereInput | undefined;
  for (;;) {
    // The batch is chosen with the list's where and keyset, then read in one plain query (list-rows.ts).
    const keys = await db.referenceRequest.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      select: keyColumns,
      take: batchSize,
    });
    const batch = await loadListRows(
      db,
      keys.map((k) => k.id),
    );
    let chunk = "";
    for (const r of batch) {
      chunk += csvLine([
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
    if (chunk) yield chunk;
    if (keys.length < batchSize) return;
    const last = keys[keys.length - 1]!;
    after = keysetWhere(
      filters,
      SORT_KEYS[filters.sort].map((k) => last[k]),
      true,
    );
  }
}
