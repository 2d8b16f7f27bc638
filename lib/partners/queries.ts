import "server-only";
import { cache } from "react";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { APPROVED_STATUSES } from "../references/assign-rules";
import { escapeLike } from "../references/list-where";

export interface LocationOption {
  id: string;
  name: string;
}

/** All of a partner's locations, archived ones too, by name; memoised per request: the portal
 * layout, the create form and the list's filter each derive their own choice from one read. */
const partnerLocations = cache(async function partnerLocations(partnerId: string) {
  const db = await getDb();
  return db.location.findMany({
    where: { partnerId },
    select: { id: true, name: true, country: true, archivedAt: true },
    orderBy: { name: "asc" },
  });
});

/** R5: where this actor may create a request — every location for a Global Administrator, the
 * administered ones for a Local Administrator, none for members and agents; never an archived one. */
export async function creatableLocations(actor: Actor): Promise<(LocationOption & { country: string })[]> {
  if (actor.kind !== "partner-user") return [];
  if (!actor.isGlobalAdministrator && actor.adminLocationIds.length === 0) return [];
  const locations = await partnerLocations(actor.partnerId);
  return locations
    .filter((l) => !l.archivedAt && (actor.isGlobalAdministrator || actor.adminLocationIds.includes(l.id)))
    .map(({ id, name, country }) => ({ id, name, country }));
}

export interface PartnerSummary {
  id: string;
  name: string;
  /** Requests still waiting for the customer. */
  awaitingCount: number;
  /** Approved references no one has assigned yet: the work an agent may be asked to help with. */
  unassignedApprovedCount: number;
}

const FIND_LIMIT = 50;

/** The agents' partner search. A partner user only ever finds their own partner. */
export async function findPartners(options: { actor: Actor; q?: string }): Promise<PartnerSummary[]> {
  const { actor } = options;
  const q = options.q?.trim().slice(0, 200);
  const where: Prisma.PartnerWhereInput = {
    ...(actor.kind === "agent" ? {} : { id: actor.partnerId }),
    ...(q ? { OR: [{ name: { contains: escapeLike(q), mode: "insensitive" } }, { programId: q }] } : {}),
  };
  const db = await getDb();
  const partners = await db.partner.findMany({
    where,
    select: { id: true, name: true },
    orderBy: { name: "asc" },
    take: FIND_LIMIT,
  });
  if (partners.length === 0) return [];
  const ids = partners.map((p) => p.id);
  const [awaiting, unassigned] = await Promise.all([
    db.referenceRequest.groupBy({
      by: ["partnerId"],
      where: { partnerId: { in: ids }, status: "AWAITING_APPROVAL" },
      _count: { _all: true },
    }),
    db.referenceRequest.groupBy({
      by: ["partnerId"],
      where: { partnerId: { in: ids }, status: { in: [...APPROVED_STATUSES] }, competencyId: null },
      _count: { _all: true },
    }),
  ]);
  const countOf = (rows: typeof awaiting, id: string) =>
    rows.find((r) => r.partnerId === id)?._count._all ?? 0;
  return partners.map((p) => ({
    ...p,
    awaitingCount: countOf(awaiting, p.id),
    unassignedApprovedCount: countOf(unassigned, p.id),
  }));
}

/** Names of the partner's Global Administrators: whom an agent may record as the requesting
 * program administrator when canceling (R12). */
export async function partnerAdministrators(partnerId: string): Promise<string[]> {
  const db = await getDb();
  const users = await db.user.findMany({
    where: { partnerId, roles: { some: { partnerId, role: "GLOBAL_ADMINISTRATOR" } } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return users.map((u) => u.name);
}

/** Locations whose references this actor can see: all of their partner's (members too); for an
 * agent, those of the partner they are looking at. Used for the Reference List's location filter. */
export async function visibleLocations(actor: Actor, partnerId?: string): Promise<LocationOption[]> {
  const scope = actor.kind === "agent" ? partnerId : actor.partnerId;
  if (!scope) return [];
  return (await partnerLocations(scope)).map(({ id, name }) => ({ id, name }));
}

/** The name of the partner an agent is looking at, for page headers; null for anyone else or an unknown id. */
export async function partnerNameForAgent(
  actor: Actor,
  partnerId: string | undefined,
): Promise<string | null> {
  if (actor.kind !== "agent" || !partnerId) return null;
  const db = await getDb();
  const partner = await db.partner.findUnique({ where: { id: partnerId }, select: { name: true } });
  return partner?.name ?? null;
}
