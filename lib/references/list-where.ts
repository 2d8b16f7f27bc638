import type { Actor } from "../auth/actor";
import { Prisma } from "../db/generated/client";
import type { ListFilters } from "./list-filters";

// The one definition of "which references does this list show", shared by the page, its counts and
// the CSV export. Visibility comes first and is part of the where (style.md §5): a row the actor may
// not see is never fetched. Written as SQL over "ReferenceRequest" r, so a page or an export batch
// is one statement that also joins the names and, for the export, renders the CSV (list-rows.ts,
// export.ts) instead of a Prisma query for the keys and another for the rows.

export function visibilityWhere(actor: Actor, partnerId?: string): Prisma.Sql {
  if (actor.kind === "agent") return partnerId ? Prisma.sql`r."partnerId" = ${partnerId}` : Prisma.sql`TRUE`;
  return Prisma.sql`r."partnerId" = ${actor.partnerId}`;
}

/** LIKE treats % and _ as wildcards and \ as the escape character; a search means them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function referenceListWhere(
  actor: Actor,
  filters: ListFilters,
  options: { ignoreStatus?: boolean } = {},
): Prisma.Sql {
  const and: Prisma.Sql[] = [visibilityWhere(actor, filters.partnerId)];
  if (filters.status && !options.ignoreStatus)
    and.push(Prisma.sql`r.status = ${filters.status}::"ReferenceStatus"`);
  if (filters.locationId) and.push(Prisma.sql`r."locationId" = ${filters.locationId}`);
  if (filters.competencyId) and.push(Prisma.sql`r."competencyId" = ${filters.competencyId}`);
  if (filters.assigned === "yes") and.push(Prisma.sql`r."competencyId" IS NOT NULL`);
  if (filters.assigned === "no") and.push(Prisma.sql`r."competencyId" IS NULL`);
  if (filters.q) {
    const contains = `%${escapeLike(filters.q)}%`;
    and.push(Prisma.sql`(r."customerCompany" ILIKE ${contains} OR r."contactName" ILIKE ${contains}
      OR r."contactEmail" ILIKE ${contains} OR r."projectTitle" ILIKE ${contains})`);
  }
  return Prisma.join(and, " AND ");
}
