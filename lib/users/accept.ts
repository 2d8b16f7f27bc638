import "server-only";
import { recordAudit } from "../audit/record";
import { getDb } from "../db/client";
import { hashToken, isWellFormedToken } from "../references/tokens";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "./db-errors";
import { roleLabelOf } from "./role-label";
import { ADMIN_MESSAGES } from "./wording";

export type InvitationView = { partnerName: string; email: string; name: string; roleLabel: string };

const notValid = () => refuse("NOT_FOUND", ADMIN_MESSAGES.invitationNotValid);

/** What the confirm page shows (GET changes nothing). */
export async function viewInvitation(options: { token: string; now: Date }): Promise<Result<InvitationView>> {
  if (!isWellFormedToken(options.token)) return notValid();
  const db = await getDb();
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(options.token) },
    include: { partner: { select: { name: true } } },
  });
  if (!invitation) return notValid();
  if (invitation.expiresAt <= options.now) return refuse("NOT_FOUND", ADMIN_MESSAGES.invitationExpired);
  const locations = await db.location.findMany({
    where: { id: { in: invitation.locationIds } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return ok({
    partnerName: invitation.partner.name,
    email: invitation.email,
    name: invitation.name,
    roleLabel: roleLabelOf(
      invitation.role,
      locations.map((l) => l.name),
    ),
  });
}

/**
 * Accepts an invitation (POST): the row is deleted and returned in one statement, so a link works
 * once even when opened twice at the same moment; the user and their roles are created with it.
 */
export async function acceptInvitation(options: {
  token: string;
  now: Date;
}): Promise<Result<{ userId: string; email: string }>> {
  const { token, now } = options;
  if (!isWellFormedToken(token)) return notValid();
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const [invitation] = await tx.$queryRaw<
        {
          id: string;
          partnerId: string;
          email: string;
          name: string;
          role: "GLOBAL_ADMINISTRATOR" | "LOCAL_ADMINISTRATOR" | null;
          locationIds: string[];
          expiresAt: Date;
        }[]
      >`DELETE FROM "Invitation" WHERE "tokenHash" = ${hashToken(token)}
        RETURNING "id", "partnerId", "email", "name", "role"::text AS "role", "locationIds", "expiresAt"`;
      if (!invitation) return notValid();
      if (invitation.expiresAt <= now) {
        // Keep the expired row (throwing rolls the delete back) so the page can say it expired.
        throw new ExpiredInvitation();
      }
      // Locations archived since the invitation was sent are left out rather than failing.
      const locations = await tx.location.findMany({
        where: { partnerId: invitation.partnerId, id: { in: invitation.locationIds }, archivedAt: null },
        select: { id: true, name: true },
      });
      const role =
        invitation.role === "LOCAL_ADMINISTRATOR" && locations.length === 0 ? null : invitation.role;
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: invitation.name,
          partnerId: invitation.partnerId,
          emailVerified: now,
          createdAt: now,
          roles: {
            create:
              role === "GLOBAL_ADMINISTRATOR"
                ? [{ partnerId: invitation.partnerId, role }]
                : role === "LOCAL_ADMINISTRATOR"
                  ? locations.map((l) => ({ partnerId: invitation.partnerId, role, locationId: l.id }))
                  : [],
          },
        },
      });
      const after = {
        email: user.email,
        role: roleLabelOf(
          role,
          locations.map((l) => l.name),
        ),
      };
      await recordAudit(tx, {
        partnerId: invitation.partnerId,
        kind: "USER",
        action: "user.joined",
        subjectId: user.id,
        subjectLabel: `${user.name} <${user.email}>`,
        actor: {
          kind: "partner-user",
          userId: user.id,
          name: user.name,
          email: user.email,
          partnerId: invitation.partnerId,
          partnerName: "",
          isGlobalAdministrator: false,
          adminLocationIds: [],
        },
        at: now,
        before: null,
        after,
      });
      return ok({ userId: user.id, email: user.email });
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof ExpiredInvitation) return refuse("NOT_FOUND", ADMIN_MESSAGES.invitationExpired);
    // The address became someone's account after the invitation was sent.
    if (isUniqueViolation(error)) return refuse("CONFLICT", ADMIN_MESSAGES.emailUnavailable);
    throw error;
  }
}

class ExpiredInvitation extends Error {}
