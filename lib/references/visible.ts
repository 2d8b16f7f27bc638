import "server-only";
import type { Actor } from "../auth/actor";
import { visiblePartnerId } from "../auth/permissions";
import type { Prisma } from "../db/generated/client";

// Permission inside the query: a request of another partner is never fetched, so it answers
// exactly like an id that does not exist.

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isPlausibleId(id: unknown): id is string {
  return typeof id === "string" && ID_PATTERN.test(id);
}

export function visibleReferenceWhere(actor: Actor, referenceId: string): Prisma.ReferenceRequestWhereInput {
  const partnerId = visiblePartnerId(actor);
  return partnerId === "all" ? { id: referenceId } : { id: referenceId, partnerId };
}
