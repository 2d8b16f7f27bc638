import "server-only";
import { recordAudit } from "../audit/record";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { hashToken, isWellFormedToken } from "../references/tokens";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "./db-errors";
import { lockPartner, mayGiveRole } from "./inviter-right";
import { roleLabelOf } from "./role-label";
import { ADMIN_MESSAGES } from "./wording";

export type InvitationView = { partnerName: string; email: string; name: string; roleLabel: string };

/** Why an acceptance was refused, as a short key the invitation page turns back into words. */
export const ACCEPT_REFUSALS = {
  invalid: ADMIN_MESSAGES.invitationNotValid,
  expired: ADMIN_MESSAGES.invitationExpired,
  inviter: ADMIN_MESSAGES.inviterLostRight,
  taken: ADMIN_MESSAGES.emailUnavailable,
  switch: ADMIN_MESSAGES.switchAccount,
} as const;
export type AcceptRefusal = keyof typeof ACCEPT_REFUSALS;

const notValid = () => refuse("NOT_FOUND", ADMIN_MESSAGES.invitationNotValid);

/** What the confirm page shows (GET changes nothing). An expired invitation says so. */
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

type InvitationRow = {
  id: string;
  partnerId: string;
  email: string;
  name: string;
  role: "GLOBAL_ADMINISTRATOR" | "LOCAL_ADMINISTRATOR" | null;
  locationIds: string[];
  invitedById: string | null;
  expiresAt: Date;
};

/**
 * Accepts an invitation (POST). Under the partner's lock — the one role changes take — the row is
 * deleted and returned in one statement (a link works once, even opened twice at once), the
 * inviter's right to give the role is read again (issue 16: an invitation cannot outlive it), and
 * the user and their roles are created. A person joining a demo partner is a demo user.
 */
export async function acceptInvitation(options: {
  token: string;
  now: Date;
}): Promise<Result<{ userId: string; email: string }>> {
  const { token, now } = options;
  if (!isWellFormedToken(token)) return notValid();
  const db = await getDb();
  const tokenHash = hashToken(token);
  try {
    return await db.$transaction(async (tx) => {
      const found = await tx.invitation.findUnique({ where: { tokenHash }, select: { partnerId: true } });
      const partner = found && (await lockPartner(tx, found.partnerId));
      if (!partner) return notValid();
      const [invitation] = await tx.$queryRaw<InvitationRow[]>`
        DELETE FROM "Invitation" WHERE "tokenHash" = ${tokenHash}
        RETURNING "id", "partnerId", "email", "name", "role"::text AS "role", "locationIds", "invitedById", "expiresAt"`;
      // Revoked or accepted while this request waited for the lock.
      if (!invitation) return notValid();
      // Keep the expired row (throwing rolls the delete back) so the page can say it expired.
      if (invitation.expiresAt <= now) throw new Refused("expired");
      // An invitation its inviter may no longer give is of no use to anyone: it stays deleted.
      if (!(await mayGiveRole(tx, invitation.invitedById, invitation.partnerId, invitation.role)))
        return refuse("FORBIDDEN", ADMIN_MESSAGES.inviterLostRight);
      return ok(await createMember(tx, invitation, partner.isDemo, now));
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Refused) return refuse("NOT_FOUND", ACCEPT_REFUSALS[error.reason]);
    // The address became someone's account after the invitation was sent.
    if (isUniqueViolation(error)) return refuse("CONFLICT", ADMIN_MESSAGES.emailUnavailable);
    throw error;
  }
}

async function createMember(
  tx: Prisma.TransactionClient,
  invitation: InvitationRow,
  isDemo: boolean,
  now: Date,
) {
  // Locations archived since the invitation was sent are left out rather than failing.
  const locations = await tx.location.findMany({
    where: { partnerId: invitation.partnerId, id: { in: invitation.locationIds }, archivedAt: null },
    select: { id: true, name: true },
  });
  const role = invitation.role === "LOCAL_ADMINISTRATOR" && locations.length === 0 ? null : invitation.role;
  const user = await tx.user.create({
    data: {
      email: invitation.email,
      name: invitation.name,
      partnerId: invitation.partnerId,
      isDemo,
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
    after: {
      email: user.email,
      role: roleLabelOf(
        role,
        locations.map((l) => l.name),
      ),
    },
  });
  return { userId: user.id, email: user.email };
}

/** The key of a refusal's words, for the page's query string. */
export function acceptRefusalKey(message: string): AcceptRefusal {
  const entry = Object.entries(ACCEPT_REFUSALS).find(([, words]) => words === message);
  return (entry?.[0] as AcceptRefusal | undefined) ?? "invalid";
}

class Refused extends Error {
  constructor(readonly reason: AcceptRefusal) {
    super(reason);
  }
}
