import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { canSeeDirectory } from "./permissions";
import { roleLabelOf } from "./role-label";
import type { RoleChoice } from "./schemas";

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  role: RoleChoice;
  roleLabel: string;
  locationIds: string[];
}

export interface PendingInvitation {
  id: string;
  name: string;
  email: string;
  roleLabel: string;
  expiresAt: Date;
}

export interface LocationRow {
  id: string;
  name: string;
  country: string;
  archivedAt: Date | null;
  referenceCount: number;
  /** Names of its Local Administrators. */
  administrators: string[];
}

export interface PartnerDirectory {
  partnerName: string;
  people: PersonRow[];
  invitations: PendingInvitation[];
  locations: LocationRow[];
  globalAdministrators: string[];
}

const PEOPLE_LIMIT = 500;

/**
 * Who is in the partner and who administers which location. Everyone of the partner may read it
 * (the R5/R6 refusals send people here); only Global Administrators see pending invitations.
 */
export async function partnerDirectory(options: {
  actor: Actor;
  partnerId: string;
}): Promise<PartnerDirectory | null> {
  const { actor, partnerId } = options;
  if (!canSeeDirectory(actor, partnerId)) return null;
  const seesInvitations = actor.kind === "agent" || actor.isGlobalAdministrator;
  const db = await getDb();
  const [partner, users, locations, invitations, counts] = await Promise.all([
    db.partner.findUnique({ where: { id: partnerId }, select: { name: true } }),
    db.user.findMany({
      where: { partnerId },
      include: { roles: { where: { partnerId } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: PEOPLE_LIMIT,
    }),
    db.location.findMany({ where: { partnerId }, orderBy: { name: "asc" } }),
    seesInvitations
      ? db.invitation.findMany({ where: { partnerId }, orderBy: { createdAt: "desc" }, take: PEOPLE_LIMIT })
      : Promise.resolve([]),
    db.referenceRequest.groupBy({ by: ["locationId"], where: { partnerId }, _count: { _all: true } }),
  ]);
  if (!partner) return null;
  const nameOf = new Map(locations.map((l) => [l.id, l.name]));
  const people: PersonRow[] = users.map((u) => {
    const isGlobal = u.roles.some((r) => r.role === "GLOBAL_ADMINISTRATOR");
    const locationIds = u.roles.flatMap((r) =>
      r.role === "LOCAL_ADMINISTRATOR" && r.locationId ? [r.locationId] : [],
    );
    const role: RoleChoice = isGlobal
      ? "GLOBAL_ADMINISTRATOR"
      : locationIds.length
        ? "LOCAL_ADMINISTRATOR"
        : "MEMBER";
    const names = locationIds.map((id) => nameOf.get(id) ?? "").sort();
    return { id: u.id, name: u.name, email: u.email, role, roleLabel: roleLabelOf(role, names), locationIds };
  });
  return {
    partnerName: partner.name,
    people,
    invitations: invitations.map((i) => ({
      id: i.id,
      name: i.name,
      email: i.email,
      roleLabel: roleLabelOf(i.role, i.locationIds.map((id) => nameOf.get(id) ?? "").sort()),
      expiresAt: i.expiresAt,
    })),
    locations: locations.map((l) => ({
      id: l.id,
      name: l.name,
      country: l.country,
      archivedAt: l.archivedAt,
      referenceCount: counts.find((c) => c.locationId === l.id)?._count._all ?? 0,
      administrators: people.filter((p) => p.locationIds.includes(l.id)).map((p) => p.name),
    })),
    globalAdministrators: people.filter((p) => p.role === "GLOBAL_ADMINISTRATOR").map((p) => p.name),
  };
}
