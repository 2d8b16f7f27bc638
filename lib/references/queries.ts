import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { type StatusCounts, statusCounts, totalOf } from "./list-counts";
import { LIST_PAGE_SIZE, type ListFilters, listFiltersSchema } from "./list-filters";
import { dateWhere, decodeCursor, encodeCursor, keysetOrder, keysetWhere } from "./list-keyset";
import { type ReferenceRow, toReferenceRow } from "./list-row";
import { selectListRows } from "./list-rows";
import { referenceListWhere } from "./list-where";
import { autoApproveOverdue, listScope } from "./overdue";

export type { ReferenceRow } from "./list-row";
export type { ActionAvailability, RowActions } from "./row-actions";

export interface ReferenceList {
  rows: ReferenceRow[];
  total: number;
  pageSize: number;
  /** Cursors for the neighbouring pages (`before=` / `after=`); null at either end of the list. */
  previous: string | null;
  next: string | null;
  /** Per status, for the same filters except the status filter (the tabs' numbers). */
  statusCounts: StatusCounts;
}

type Direction = { where?: Prisma.Sql; forward: boolean };

/** Where the page starts: after a row, before a row, at a date, or at the top. */
function position(filters: ListFilters): Direction {
  const after = filters.after && decodeCursor(filters, filters.after);
  if (after) return { where: keysetWhere(filters, after, true), forward: true };
  const before = filters.before && decodeCursor(filters, filters.before);
  if (before) return { where: keysetWhere(filters, before, false), forward: false };
  if (filters.from) return { where: dateWhere(filters, filters.from), forward: true };
  return { forward: true };
}

type ListOptions = { actor: Actor; filters: Partial<ListFilters>; now: Date; pageSize?: number };

export type ReferencePage = Omit<ReferenceList, "total" | "statusCounts">;

/** The Reference List: filtered, sorted, one page, with what this actor may do on each row. */
export async function listReferences(options: ListOptions): Promise<ReferenceList> {
  // Parsing again fills defaults for callers that pass a partial object; it never throws.
  const filters = listFiltersSchema.parse(options.filters);
  await autoApproveOverdue({ now: options.now, scope: listScope(options.actor, filters.partnerId) }); // R4 at the moment of use
  const [counts, page] = await Promise.all([
    statusCounts(await getDb(), options.actor, filters),
    pageOf(options.actor, filters, options.now, options.pageSize ?? LIST_PAGE_SIZE),
  ]);
  return { ...page, total: totalOf(counts, filters.status), statusCounts: counts };
}

/** The same page without the tabs' totals (the API shows none): no count, whatever the filter. */
export async function listReferencePage(options: ListOptions): Promise<ReferencePage> {
  const filters = listFiltersSchema.parse(options.filters);
  await autoApproveOverdue({ now: options.now, scope: listScope(options.actor, filters.partnerId) });
  return pageOf(options.actor, filters, options.now, options.pageSize ?? LIST_PAGE_SIZE);
}

async function pageOf(
  actor: Actor,
  filters: ListFilters,
  now: Date,
  pageSize: number,
): Promise<ReferencePage> {
  const db = await getDb();
  const where = referenceListWhere(actor, filters);
  const start = position(filters);

  // One more than a page tells whether there is another page in that direction.
  const page = (dir: Direction) =>
    selectListRows(
      db,
      dir.where ? Prisma.sql`${where} AND ${dir.where}` : where,
      keysetOrder(filters, !dir.forward),
      pageSize + 1,
    );

  let rows = await page(start);
  let atStart = !start.where;
  let more = rows.length > pageSize;
  rows = rows.slice(0, pageSize);
  if (!start.forward) {
    if (more) rows.reverse();
    else {
      // Fewer than a page before this position: show the list's first page instead.
      rows = (await page({ forward: true })).slice(0, pageSize + 1);
      atStart = true;
      more = rows.length > pageSize;
      rows = rows.slice(0, pageSize);
    }
  }
  const hasNext = start.forward || atStart ? more : true;
  const hasPrevious = !atStart;
  const first = rows[0];
  const last = rows[rows.length - 1];

  return {
    rows: rows.map((r) => toReferenceRow(actor, r, now)),
    pageSize,
    previous: hasPrevious && first ? encodeCursor(filters, first) : null,
    next: hasNext && last ? encodeCursor(filters, last) : null,
  };
}
