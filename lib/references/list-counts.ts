import "server-only";
import type { Actor } from "../auth/actor";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { ReferenceStatus } from "../db/generated/enums";
import type { ListFilters } from "./list-filters";
import { referenceListWhere } from "./list-where";

// The status tabs' numbers: per status, for the list's filters except the status filter.
// Without a text search they are read from ReferenceCount, which database triggers keep exact in
// the same transaction as every change (decision 060), so a view costs a few rows whatever the
// partner's size. A text search cannot be pre-counted; it counts the rows it matches.

export type StatusCounts = Record<ReferenceStatus, number>;

const zero = (): StatusCounts =>
  Object.fromEntries(Object.values(ReferenceStatus).map((s) => [s, 0])) as StatusCounts;

function counterWhere(actor: Actor, filters: ListFilters): Prisma.ReferenceCountWhereInput {
  const partnerId = actor.kind === "agent" ? filters.partnerId : actor.partnerId;
  const and: Prisma.ReferenceCountWhereInput[] = [];
  if (partnerId) and.push({ partnerId });
  if (filters.locationId) and.push({ locationId: filters.locationId });
  if (filters.competencyId) and.push({ competencyId: filters.competencyId });
  if (filters.assigned === "yes") and.push({ competencyId: { not: "" } });
  if (filters.assigned === "no") and.push({ competencyId: "" });
  return { AND: and };
}

export async function statusCounts(
  db: PrismaClient,
  actor: Actor,
  filters: ListFilters,
): Promise<StatusCounts> {
  const counts = zero();
  if (filters.q) {
    const grouped = await db.$queryRaw<{ status: ReferenceStatus; count: number }[]>`
      SELECT r.status::text AS status, count(*)::int AS count FROM "ReferenceRequest" r
      WHERE ${referenceListWhere(actor, filters, { ignoreStatus: true })}
      GROUP BY r.status`;
    for (const g of grouped) counts[g.status] = g.count;
    return counts;
  }
  const grouped = await db.referenceCount.groupBy({
    by: ["status"],
    where: counterWhere(actor, filters),
    _sum: { count: true },
  });
  for (const g of grouped) counts[g.status] = g._sum.count ?? 0;
  return counts;
}

/** The list's total: the selected status's count, or all of them. */
export function totalOf(counts: StatusCounts, status: ReferenceStatus | undefined): number {
  return status ? counts[status] : Object.values(counts).reduce((a, b) => a + b, 0);
}
