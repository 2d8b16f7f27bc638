import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { ReferenceStatus } from "../db/generated/enums";
import { LIST_PAGE_SIZE, type ListFilters, listFiltersSchema } from "./list-filters";
import { listRowSelect, type ReferenceRow, toReferenceRow } from "./list-row";
import { referenceListOrder, referenceListWhere } from "./list-where";
import { autoApproveOverdue, listScope } from "./overdue";

export type { ReferenceRow } from "./list-row";
export type { ActionAvailability, RowActions } from "./row-actions";

export interface ReferenceList {
  rows: ReferenceRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** Per status, for the same filters except the status filter (the tabs' numbers). */
  statusCounts: Record<ReferenceStatus, number>;
}

/** The Reference List: filtered, sorted, one page, with what this actor may do on each row. */
export async function listReferences(options: {
  actor: Actor;
  filters: Partial<ListFilters>;
  now: Date;
  pageSize?: number;
}): Promise<ReferenceList> {
  const { actor, now } = options;
  // Parsing again fills defaults for callers that pass a partial object; it never throws.
  const filters = listFiltersSchema.parse(options.filters);
  await autoApproveOverdue({ now, scope: listScope(actor, filters.partnerId) }); // R4 at the moment of use
  const pageSize = options.pageSize ?? LIST_PAGE_SIZE;
  const db = await getDb();
  const where = referenceListWhere(actor, filters);

  const [total, grouped] = await Promise.all([
    db.referenceRequest.count({ where }),
    db.referenceRequest.groupBy({
      by: ["status"],
      where: referenceListWhere(actor, filters, { ignoreStatus: true }),
      _count: { _all: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // A hand-edited page beyond the end shows the last page rather than an empty one.
  const page = Math.min(filters.page, pageCount);
  const records = await db.referenceRequest.findMany({
    where,
    select: listRowSelect,
    orderBy: referenceListOrder(filters),
    skip: (page - 1) * pageSize,
    take: pageSize,
  });

  const statusCounts = Object.fromEntries(Object.values(ReferenceStatus).map((s) => [s, 0])) as Record<
    ReferenceStatus,
    number
  >;
  for (const g of grouped) statusCounts[g.status] = g._count._all;

  return {
    rows: records.map((r) => toReferenceRow(actor, r, now)),
    total,
    page,
    pageSize,
    pageCount,
    statusCounts,
  };
}
