import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { newToken } from "../references/tokens";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "./db-errors";
import { INVITATION_TTL_MS, renderInvitation } from "./invitation-email";
import { canAdministerPartner } from "./permissions";
import { roleLabelOf } from "./role-label";
import { fieldErrorsOf, type InviteInput, inviteSchema } from "./schemas";
import { ADMIN_MESSAGES } from "./wording";

type Tx = Prisma.TransactionClient;

/** A Global Administrator invites a person with a role; the email is a 7-day, one-time magic link. */
export async function inviteUser(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ email: string }>> {
  const { actor, now } = options;
  if (actor.kind !== "partner-user" || !canAdministerPartner(actor, actor.partnerId))
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  const parsed = inviteSchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const db = await getDb();
  try {
    return await db.$transaction(
      (tx) => issueInvitation(tx, { actor, partnerId: actor.partnerId, invite: parsed.data, now }),
      TX_OPTIONS,
    );
  } catch (error) {
    // Two invitations for one address at the same moment: the unique email decides.
    if (isUniqueViolation(error)) return emailRefusal(ADMIN_MESSAGES.emailUnavailable);
    throw error;
  }
}

const emailRefusal = (message: string) => refuse("INVALID_INPUT", message, { email: [message] });

/**
 * Checks and writes one invitation inside the caller's transaction (onboarding uses it too): one
 * user per address, never revealing another partner; a re-invite replaces the earlier link.
 */
export async function issueInvitation(
  tx: Tx,
  options: { actor: Actor; partnerId: string; invite: InviteInput; now: Date },
): Promise<Result<{ email: string }>> {
  const { actor, partnerId, invite, now } = options;
  const [user, pending, partner, locations] = await Promise.all([
    tx.user.findUnique({ where: { email: invite.email }, select: { partnerId: true } }),
    tx.invitation.findUnique({ where: { email: invite.email }, select: { id: true, partnerId: true } }),
    tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { name: true } }),
    tx.location.findMany({
      where: { partnerId, id: { in: invite.locationIds }, archivedAt: null },
      select: { id: true, name: true },
    }),
  ]);
  if (user && user.partnerId === partnerId) return emailRefusal(ADMIN_MESSAGES.alreadyMember);
  if (user || (pending && pending.partnerId !== partnerId))
    return emailRefusal(ADMIN_MESSAGES.emailUnavailable);
  if (locations.length !== invite.locationIds.length)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
      locationIds: ["Choose locations of this partner that are not archived."],
    });

  const issued = newToken();
  const roleLabel = roleLabelOf(
    invite.role,
    locations.map((l) => l.name),
  );
  const email = await renderInvitation(invite.email, {
    token: issued.token,
    name: invite.name,
    partnerName: partner.name,
    roleLabel,
    invitedBy: actor.kind === "agent" ? `${actor.name} (Regional Service Center)` : actor.name,
  });
  if (pending) await tx.invitation.delete({ where: { id: pending.id } });
  const invitation = await tx.invitation.create({
    data: {
      partnerId,
      email: invite.email,
      name: invite.name,
      role: invite.role === "MEMBER" ? null : invite.role,
      locationIds: invite.locationIds,
      tokenHash: issued.tokenHash,
      invitedById: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    },
  });
  await recordAudit(tx, {
    partnerId,
    kind: "USER",
    action: pending ? "user.reinvited" : "user.invited",
    subjectId: invitation.id,
    subjectLabel: `${invite.name} <${invite.email}>`,
    actor,
    at: now,
    before: null,
    after: { email: invite.email, role: roleLabel },
  });
  await queueEmail(tx, { ...email, now, partnerId, linkTokenHash: issued.tokenHash });
  return ok({ email: invite.email });
}
