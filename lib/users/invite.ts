import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { isReservedExampleAddress } from "../auth/demo";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { newToken } from "../references/tokens";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Refusal, type Result, refuse } from "../result";
import { consumeLimit, limitMessages } from "../security/rate-limit";
import { isUniqueViolation } from "./db-errors";
import { INVITATION_TTL_MS, invitationLocale, renderInvitation } from "./invitation-email";
import { type LockedPartner, lockPartner, mayGiveRole } from "./inviter-right";
import { canAdministerPartner } from "./permissions";
import { roleLabelOf } from "./role-label";
import { fieldErrorsOf, type InviteInput, inviteSchema } from "./schemas";
import { ADMIN_MESSAGES } from "./wording";

type Tx = Prisma.TransactionClient;

/**
 * A Global Administrator invites a person with any role; an agent invites a Global Administrator
 * for any partner (a partner whose first invitation expired is not stuck). The email is a 7-day,
 * one-time magic link. Rate-limited per inviter and per address before anything is written.
 */
export async function inviteUser(options: {
  actor: Actor;
  /** Which partner (agents must say; a partner user's own by default). */
  partnerId?: string;
  input: unknown;
  now: Date;
}): Promise<Result<{ email: string }>> {
  const { actor, now } = options;
  // An agent invites from a partner's page; a partner user into their own partner only.
  const partnerId = options.partnerId ?? (actor.kind === "partner-user" ? actor.partnerId : undefined);
  if (!partnerId || (actor.kind === "partner-user" && !canAdministerPartner(actor, partnerId)))
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  const parsed = inviteSchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const invite = parsed.data;
  if (actor.kind === "agent" && invite.role !== "GLOBAL_ADMINISTRATOR")
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
      role: [ADMIN_MESSAGES.agentInvitesGlobals],
    });
  const limited = await inviteLimitRefusal(actor, invite.email);
  if (limited) return limited;
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const partner = await lockPartner(tx, partnerId);
      if (!partner) return refuse("NOT_FOUND", ADMIN_MESSAGES.partnerNotFound);
      // The session's copy of the inviter's role may be stale: read again under the lock.
      if (!(await mayGiveRole(tx, actor.userId, partnerId, roleOf(invite))))
        return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
      return issueInvitation(tx, { actor, partner, invite, now });
    }, TX_OPTIONS);
  } catch (error) {
    // Two invitations for one address at the same moment: the unique email decides.
    if (isUniqueViolation(error)) return emailRefusal(ADMIN_MESSAGES.emailUnavailable);
    throw error;
  }
}

/** Counts one invitation by this inviter and to this address (decision 020); null when allowed. */
export async function inviteLimitRefusal(actor: Actor, email: string): Promise<Refusal | null> {
  const checks = await Promise.all([
    consumeLimit("invitePerInviter", actor.userId),
    consumeLimit("invitePerAddress", email),
  ]);
  const [byInviter, byAddress] = checks;
  if (!byInviter.allowed) return refuse("RATE_LIMITED", limitMessages.invite(byInviter.retryAfterSeconds));
  if (!byAddress.allowed)
    return refuse("RATE_LIMITED", limitMessages.inviteAddress(byAddress.retryAfterSeconds), {
      email: [limitMessages.inviteAddress(byAddress.retryAfterSeconds)],
    });
  return null;
}

const emailRefusal = (message: string) => refuse("INVALID_INPUT", message, { email: [message] });

const roleOf = (invite: InviteInput) => (invite.role === "MEMBER" ? null : invite.role);

/**
 * Checks and writes one invitation inside the caller's transaction, which holds the partner's lock
 * (onboarding uses it too): one user per address, never revealing another partner; a re-invite
 * replaces the earlier link; an expired invitation never blocks an address.
 */
export async function issueInvitation(
  tx: Tx,
  options: { actor: Actor; partner: LockedPartner; invite: InviteInput; now: Date },
): Promise<Result<{ email: string }>> {
  const { actor, partner, invite, now } = options;
  const partnerId = partner.id;
  // Decision 022: a demo partner's people live at addresses no real person can own.
  if (partner.isDemo && !isReservedExampleAddress(invite.email))
    return emailRefusal(ADMIN_MESSAGES.demoPartnerAddress);
  const [user, found, locations] = await Promise.all([
    tx.user.findUnique({ where: { email: invite.email }, select: { partnerId: true } }),
    tx.invitation.findUnique({
      where: { email: invite.email },
      select: { id: true, partnerId: true, expiresAt: true },
    }),
    tx.location.findMany({
      where: { partnerId, id: { in: invite.locationIds }, archivedAt: null },
      select: { id: true, name: true },
    }),
  ]);
  const pending = found && found.expiresAt > now ? found : null;
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
    role: invite.role,
    locationNames: locations.map((l) => l.name),
    inviter: actor,
    locale: await invitationLocale(tx, partnerId, invite.locationIds),
  });
  // An earlier invitation to this address (pending here, or expired anywhere) gives way.
  if (found) await tx.invitation.delete({ where: { id: found.id } });
  const invitation = await tx.invitation.create({
    data: {
      partnerId,
      email: invite.email,
      name: invite.name,
      role: roleOf(invite),
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
