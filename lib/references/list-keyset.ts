import { Prisma } from "../db/generated/client";
import { ReferenceStatus } from "../db/generated/enums";
import type { ListFilters, ListSort } from "./list-filters";

// Keyset pagination for the Reference List and its export (decision 061). A page continues after
// (or before) one row's position in the list's own order, so page 5 001 costs what page 1 does:
// the first sort key bounds the index range, the id makes each position unique. SQL over
// "ReferenceRequest" r, like the where it is combined with (list-where.ts).

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

const COLUMNS: Record<Key, Prisma.Sql> = {
  createdAt: Prisma.sql`r."createdAt"`,
  lastSentAt: Prisma.sql`r."lastSentAt"`,
  status: Prisma.sql`r.status`,
  customerCompany: Prisma.sql`r."customerCompany"`,
  id: Prisma.sql`r.id`,
};

/** A key value as a parameter of its column's type (statuses compare in the enum's declared order). */
function keyParam(key: Key, value: KeyValue): Prisma.Sql {
  return key === "status" ? Prisma.sql`${value}::"ReferenceStatus"` : Prisma.sql`${value}`;
}

/** ORDER BY of the list; `reversed` reads it from the other end (the page before a position). */
export function keysetOrder(filters: ListFilters, reversed = false): Prisma.Sql {
  const descending = (filters.dir === "desc") !== reversed;
  const direction = Prisma.raw(descending ? "DESC" : "ASC");
  return Prisma.join(
    SORT_KEYS[filters.sort].map((key) => Prisma.sql`${COLUMNS[key]} ${direction}`),
    ", ",
  );
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

/**
 * Rows strictly after (`forward`) or before a position in the list's order. Every key of a sort
 * runs in the same direction, so the position is one row comparison; the leading `key0 <= v0` (or
 * >=) is stated on its own so PostgreSQL can start the index range there instead of filtering from
 * the first row.
 */
export function keysetWhere(filters: ListFilters, values: KeyValue[], forward: boolean): Prisma.Sql {
  const keys = SORT_KEYS[filters.sort];
  const towardEnd = (filters.dir === "asc") === forward;
  const op = Prisma.raw(towardEnd ? ">" : "<");
  const columns = Prisma.join(
    keys.map((k) => COLUMNS[k]),
    ", ",
  );
  const bound = Prisma.join(
    keys.map((k, i) => keyParam(k, values[i]!)),
    ", ",
  );
  return Prisma.sql`${COLUMNS[keys[0]!]} ${Prisma.raw(towardEnd ? ">=" : "<=")} ${keyParam(keys[0]!, values[0]!)}
    AND (${columns}) ${op} (${bound})`;
}

/** A jump to a date: the first row on or past that day in the list's direction (date sorts only). */
export function dateWhere(filters: ListFilters, day: string): Prisma.Sql | undefined {
  const key = SORT_KEYS[filters.sort][0]!;
  if (!DATE_KEYS.has(key)) return undefined;
  const start = new Date(`${day}T00:00:00.000Z`);
  if (filters.dir === "asc") return Prisma.sql`${COLUMNS[key]} >= ${start}`;
  return Prisma.sql`${COLUMNS[key]} < ${new Date(start.getTime() + 24 * 60 * 60 * 1000)}`;
}

export function isDateSort(filters: ListFilters): boolean {
  return DATE_KEYS.has(SORT_KEYS[filters.sort][0]!);
}
