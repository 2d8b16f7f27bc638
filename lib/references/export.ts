import "server-only";
import type { Actor } from "../auth/actor";
import { projectTypeLabel } from "../competencies/project-types";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { csvLine } from "./csv";
import { type ListFilters, listFiltersSchema } from "./list-filters";
import { keysetOrder, keysetWhere, SORT_KEYS } from "./list-keyset";
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

type Names = Map<string, string>;

/** Names of partners, locations and competencies, fetched once per id however many rows share it. */
function nameCache(fetch: (ids: string[]) => Promise<{ id: string; name: string }[]>) {
  const names: Names = new Map();
  return {
    names,
    async load(ids: (string | null)[]) {
      const missing = [...new Set(ids.filter((id): id is string => !!id && !names.has(id)))];
      if (missing.length > 0) for (const r of await fetch(missing)) names.set(r.id, r.name);
    },
  };
}

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
  const partners = nameCache((ids) =>
    db.partner.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  );
  const locations = nameCache((ids) =>
    db.location.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  );
  const competencies = nameCache((ids) =>
    db.competency.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
  );

  yield UTF8_BOM + csvLine([...EXPORT_HEADER]);
  let after: Prisma.ReferenceRequestWhereInput | undefined;
  for (;;) {
    // Scalars only: the three names come from the caches above instead of a join per row.
    const batch = await db.referenceRequest.findMany({
      where: after ? { AND: [where, after] } : where,
      orderBy,
      select: exportSelect,
      take: batchSize,
    });
    await Promise.all([
      partners.load(batch.map((r) => r.partnerId)),
      locations.load(batch.map((r) => r.locationId)),
      competencies.load(batch.map((r) => r.competencyId)),
    ]);
    let chunk = "";
    for (const r of batch) {
      chunk += csvLine([
        r.customerCompany,
        r.contactName,
        r.contactEmail,
        r.projectTitle,
        projectTypeLabel(r.projectType),
        partners.names.get(r.partnerId) ?? "",
        locations.names.get(r.locationId) ?? "",
        STATUS_LABELS[r.status],
        r.firstSentAt,
        r.lastSentAt,
        r.sendCount,
        r.competencyId ? (competencies.names.get(r.competencyId) ?? "") : "",
      ]);
    }
    if (chunk) yield chunk;
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1]!;
    after = keysetWhere(
      filters,
      SORT_KEYS[filters.sort].map((k) => last[k]),
      true,
    );
  }
}

const exportSelect = {
  id: true,
  partnerId: true,
  locationId: true,
  competencyId: true,
  customerCompany: true,
  contactName: true,
  contactEmail: true,
  projectTitle: true,
  projectType: true,
  status: true,
  firstSentAt: true,
  lastSentAt: true,
  sendCount: true,
  createdAt: true,
} satisfies Prisma.ReferenceRequestSelect;
