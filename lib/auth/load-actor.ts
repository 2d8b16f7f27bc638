import "server-only";
import { getDb } from "../db/client";
import { setLogActor } from "../log/logger.mjs";
import { isSessionCurrent } from "../users/sessions";
import type { Actor } from "./actor";

interface ActorRow {
  id: string;
  name: string;
  email: string;
  kind: string;
  partnerId: string | null;
  partnerName: string | null;
  sessionsValidFrom: Date | null;
  isDemo: boolean;
  locale: string | null;
  demoAgentLocked: boolean;
  roles: { role: string; locationId: string | null }[];
}

/**
 * Builds the actor for a signed-in user id; null when the user no longer exists (removed), the
 * session began before their last "sign out of every session" (`signedInAt`, ms, from the JWT), or
 * the user is the demo agent while the database holds a non-demo partner (decision 022: agents see
 * every partner, so a demo agent exists only while every partner is a demo partner).
 * Every portal request starts here, so it is one statement (user, partner and own roles joined)
 * rather than the three an `include` sends.
 */
export async function loadActor(userId: string, session?: { signedInAt?: number }): Promise<Actor | null> {
  setLogActor(userId); // the request's log lines say who asked (an id, never a name or address)
  const db = await getDb();
  const [user] = await db.$queryRaw<ActorRow[]>`
    SELECT u.id, u.name, u.email, u.kind::text AS kind, u."partnerId", p.name AS "partnerName",
      u."sessionsValidFrom", u."isDemo", u.locale,
      (u."isDemo" AND u.kind = 'SERVICE_AGENT' AND EXISTS (SELECT 1 FROM "Partner" WHERE NOT "isDemo"))
        AS "demoAgentLocked",
      COALESCE(json_agg(json_build_object('role', r.role, 'locationId', r."locationId"))
        FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
    FROM "User" u
    LEFT JOIN "Partner" p ON p.id = u."partnerId"
    LEFT JOIN "PartnerRole" r ON r."userId" = u.id AND r."partnerId" = u."partnerId"
    WHERE u.id = ${userId}
    GROUP BY u.id, p.name`;
  if (!user || user.demoAgentLocked) return null;
  if (session && !isSessionCurrent(session.signedInAt, user.sessionsValidFrom)) return null;
  if (user.kind === "SERVICE_AGENT") {
    return {
      kind: "agent",
      userId: user.id,
      name: user.name,
      email: user.email,
      isDemo: user.isDemo,
      locale: user.locale,
    };
  }
  if (!user.partnerId || user.partnerName === null) return null;
  return {
    kind: "partner-user",
    userId: user.id,
    name: user.name,
    email: user.email,
    partnerId: user.partnerId,
    partnerName: user.partnerName,
    isGlobalAdministrator: user.roles.some((r) => r.role === "GLOBAL_ADMINISTRATOR"),
    adminLocationIds: user.roles.flatMap((r) =>
      r.role === "LOCAL_ADMINISTRATOR" && r.locationId ? [r.locationId] : [],
    ),
    isDemo: user.isDemo,
    locale: user.locale,
  };
}
