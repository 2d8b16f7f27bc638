import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { isPlausibleId } from "../references/visible";
import { isAgent } from "../users/permissions";

/** The partner facts an agent's partner page shows; null for anyone else or an unknown id. */
export async function partnerForAgent(actor: Actor, partnerId: string) {
  if (!isAgent(actor) || !isPlausibleId(partnerId)) return null;
  const db = await getDb();
  return db.partner.findUnique({
    where: { id: partnerId },
    select: { id: true, name: true, programId: true, createdAt: true, emailDomains: true },
  });
}
