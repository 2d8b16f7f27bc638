import type { Prisma } from "../db/generated/client";
import { ReferenceStatus } from "../db/generated/enums";
import type { ListFilters, ListSort } from "./list-filters";

// Keyset pagination for the Reference List and its export (decision 061). A page continues after
// (or before) one row's position in the list's own order, so page 5 001 costs what page 1 does:
// the first sort key bounds the index range, the id makes each position unique.

type KeyValue = Date | string;
type Key = "createdAt" | "lastSentAt" | "status" | "customerCompany" | "id";

/** The columns each sort orders by; status ties are broken by creation time, then id. */
export const SORT_KEYS: Record<ListSort, readonly Key[]> = {
  created: ["createdAt", "id"],
  lastSent: ["lastSentAt", "id"],
  status: ["status", "createdAt", "id"],
  customer: ["customerCompany", "id"],
};

const DATE_KEYS = new Set<Key>(["createdAt", "lastSentAt"]);
const STATUS_ORDER = Object.values(ReferenceStatus);

export type KeyRow = Partial<Record<Key, KeyValue>> & { id: string };

export function keysetOrder(filters: ListFilters): Prisma.ReferenceRequestOrderByWithRelationInput[] {
  return SORT_KEYS[filters.sort].map((key) => ({ [key]: filters.dir }));
}

/** An opaque, URL-safe position: the sort it belongs to and the row's sort key values. */
export function encodeCursor(filters: ListFilters, row: KeyRow): string {
  const values = SORT_KEYS[filters.sort].map((key) => {
    const v = row[key];
    return v instanceof Date ? v.toISOString() : v;
  });
  return Buffer.from(JSON.stringify([filters.sort, ...values])).toString("base64url");
}

/** The key values of a cursor, or undefined when it is malformed or from another sort. */
export function decodeCursor(filters: ListFilters, cursor: string): KeyValue[] | undefined {
  try {
    const [sort, ...values] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    const keys = SORT_KEYS[filters.sort];
    if (sort !== filters.sort || values.length !== keys.length) return undefined;
    const parsed: KeyValue[] = [];
    for (const [i, key] of keys.entries()) {
      const v = values[i];
      if (typeof v !== "string" || v.length > 300) return undefined;
      if (key === "status" && !STATUS_ORDER.includes(v as ReferenceStatus)) return undefined;
      if (DATE_KEYS.has(key)) {
        const date = new Date(v);
        if (Number.isNaN(date.getTime())) return undefined;
        parsed.push(date);
      } else parsed.push(v);
    }
    return parsed;
  } catch {
    return undefined;
  }
}

function beyond(
  key: Key,
  value: KeyValue,
  towardEnd: boolean,
  orEqual: boolean,
): Prisma.ReferenceRequestWhereInput {
  if (key === "status") {
    // Prisma offers no < or > on enums: the statuses past this one, in the enum's declared order.
    const at = STATUS_ORDER.indexOf(value as ReferenceStatus);
    const rest = towardEnd
      ? STATUS_ORDER.slice(orEqual ? at : at + 1)
      : STATUS_ORDER.slice(0, orEqual ? at + 1 : at);
    return { status: { in: rest } };
  }
  const op = towardEnd ? (orEqual ? "gte" : "gt") : orEqual ? "lte" : "lt";
  return { [key]: { [op]: value } };
}

/**
 * Rows strictly after (`forward`) or before a position in the list's order. The leading
 * `key0 <= v0` (or >=) is implied by the OR but stated on its own so PostgreSQL can start the index
 * range there instead of filtering from the first row; the OR then only sorts out ties.
 */
export function keysetWhere(
  filters: ListFilters,
  values: KeyValue[],
  forward: boolean,
): Prisma.ReferenceRequestWhereInput {
  const keys = SORT_KEYS[filters.sort];
  const towardEnd = (filters.dir === "asc") === forward;
  const or: Prisma.ReferenceRequestWhereInput[] = keys.map((key, i) => ({
    AND: [
      ...keys.slice(0, i).map((k, j) => ({ [k]: { equals: values[j] } })),
      beyond(key, values[i]!, towardEnd, false),
    ],
  }));
  return { AND: [beyond(keys[0]!, values[0]!, towardEnd, true), { OR: or }] };
}

/** A jump to a date: the first row on or past that day in the list's direction (date sorts only). */
export function dateWhere(filters: ListFilters, day: string): Prisma.ReferenceRequestWhereInput | undefined {
  const key = SORT_KEYS[filters.sort][0]!;
  if (!DATE_KEYS.has(key)) return undefined;
  const start = new Date(`${day}T00:00:00.000Z`);
  if (filters.dir === "asc") return { [key]: { gte: start } };
  return { [key]: { lt: new Date(start.getTime() + 24 * 60 * 60 * 1000) } };
}

export function isDateSort(filters: ListFilters): boolean {
  return DATE_KEYS.has(SORT_KEYS[filters.sort][0]!);
}
