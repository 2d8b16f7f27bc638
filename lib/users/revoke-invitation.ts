import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import { isPlausibleId } from "../references/visible";
import { ok, type Result, refuse } from "../result";
import { lockPartner, mayGiveRole } from "./inviter-right";
import { isAgent } from "./permissions";
import { ADMIN_MESSAGES } from "./wording";

/**
 * A partner's Global Administrator (or an agent) withdraws a pending invitation; its link then
 * lands on the "no longer valid" page. Under the partner's lock, like role changes: the actor's
 * right is read again, and of two revokes (or a revoke and an acceptance) one finds it gone.
 */
export async function revokeInvitation(options: {
  actor: Actor;
  invitationId: string;
  now: Date;
}): Promise<Result<{ email: string }>> {
  const { actor, invitationId, now } = options;
  if (actor.kind === "partner-user" && !actor.isGlobalAdministrator)
    return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
  if (!isPlausibleId(invitationId)) return refuse("NOT_FOUND", ADMIN_MESSAGES.invitationRevoked);
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ email: string }>> => {
    const found = await tx.invitation.findUnique({
      where: { id: invitationId },
      select: { partnerId: true },
    });
    // Another partner's invitation answers like a missing one.
    if (!found || (actor.kind === "partner-user" && found.partnerId !== actor.partnerId))
      return refuse("NOT_FOUND", ADMIN_MESSAGES.invitationRevoked);
    await lockPartner(tx, found.partnerId);
    if (!isAgent(actor) && !(await mayGiveRole(tx, actor.userId, found.partnerId, "GLOBAL_ADMINISTRATOR")))
      return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenUsers);
    const [gone] = await tx.$queryRaw<{ email: string; name: string; expiresAt: Date }[]>`
      DELETE FROM "Invitation" WHERE id = ${invitationId} RETURNING email, name, "expiresAt"`;
    if (!gone) return refuse("NOT_FOUND", ADMIN_MESSAGES.invitationRevoked);
    await recordAudit(tx, {
      partnerId: found.partnerId,
      kind: "USER",
      action: "user.invitation_revoked",
      subjectId: invitationId,
      subjectLabel: `${gone.name} <${gone.email}>`,
      actor,
      at: now,
      before: { email: gone.email, expiresAt: gone.expiresAt.toISOString() },
      after: null,
    });
    return ok({ email: gone.email });
  }, TX_OPTIONS);
}

/** The scheduled run's housekeeping: expired invitations go, in bounded batches. */
export async function purgeExpiredInvitations(options: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
}): Promise<number> {
  const { now, batchSize = 1000, maxBatches = 20 } = options;
  const db = await getDb();
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const deleted = await db.$executeRaw`
      DELETE FROM "Invitation" WHERE id IN (
        SELECT id FROM "Invitation" WHERE "expiresAt" <= ${now} ORDER BY "expiresAt" LIMIT ${batchSize})`;
    total += deleted;
    if (deleted < batchSize) break;
  }
  return total;
}
