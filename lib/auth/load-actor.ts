import "server-only";
import { getDb } from "../db/client";
import { isSessionCurrent } from "../users/sessions";
import type { Actor } from "./actor";

/**
 * Builds the actor for a signed-in user id; null when the user no longer exists (removed) or the
 * session began before their last "sign out of every session" (`signedInAt`, ms, from the JWT).
 */
export async function loadActor(userId: string, session?: { signedInAt?: number }): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, include: { roles: true, partner: true } });
  if (!user) return null;
  if (session && !isSessionCurrent(session.signedInAt, user.sessionsValidFrom)) return null;
  if (user.kind === "SERVICE_AGENT") {
    return { kind: "agent", userId: user.id, name: user.name, email: user.email };
  }
  if (!user.partnerId || !user.partner) return null;
  const own = user.roles.filter((r) => r.partnerId === user.partnerId);
  return {
    kind: "partner-user",
    userId: user.id,
    name: user.name,
    email: user.email,
    partnerId: user.partnerId,
    partnerName: user.partner.name,
    isGlobalAdministrator: own.some((r) => r.role === "GLOBAL_ADMINISTRATOR"),
    adminLocationIds: own.flatMap((r) =>
      r.role === "LOCAL_ADMINISTRATOR" && r.locationId ? [r.locationId] : [],
    ),
  };
}
