import type { Actor } from "../auth/actor";
import type { Prisma } from "../db/generated/client";
import type { ListFilters } from "./list-filters";

// The one definition of "which references does this list show", shared by the page and the CSV
// export. Visibility comes first and is part of the where (style.md §5): a row the actor may not
// see is never fetched.

export function visibilityWhere(actor: Actor, partnerId?: string): Prisma.ReferenceRequestWhereInput {
  if (actor.kind === "agent") return partnerId ? { partnerId } : {};
  return { partnerId: actor.partnerId };
}

/** LIKE treats % and _ as wildcards and \ as the escape character; a search means them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function referenceListWhere(
  actor: Actor,
  filters: ListFilters,
  options: { ignoreStatus?: boolean } = {},
): Prisma.ReferenceRequestWhereInput {
  const and: Prisma.ReferenceRequestWhereInput[] = [visibilityWhere(actor, filters.partnerId)];
  if (filters.status && !options.ignoreStatus) and.push({ status: filters.status });
  if (filters.locationId) and.push({ locationId: filters.locationId });
  if (filters.competencyId) and.push({ competencyId: filters.competencyId });
  if (filters.assigned === "yes") and.push({ competencyId: { not: null } });
  if (filters.assigned === "no") and.push({ competencyId: null });
  if (filters.q) {
    const contains = { contains: escapeLike(filters.q), mode: "insensitive" as const };
    and.push({
      OR: [
        { customerCompany: contains },
        { contactName: contains },
        { contactEmail: contains },
        { projectTitle: contains },
      ],
    });
  }
  return { AND: and };
}
