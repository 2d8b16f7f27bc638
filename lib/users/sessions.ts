import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result } from "../result";

/**
 * "Sign out of every session": sessions are JWTs, so nothing server-side can delete them; instead
 * every session signed in before now is refused when the actor is loaded (lib/auth/load-actor.ts).
 * Sign-in links already mailed would start new sessions for a day: they end here too.
 */
export async function signOutEverywhere(options: { actor: Actor; now: Date }): Promise<Result<null>> {
  const { actor, now } = options;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { sessionsValidFrom: now } });
    const links = await tx.verificationToken.deleteMany({ where: { identifier: actor.email.toLowerCase() } });
    await recordAudit(tx, {
      partnerId: actor.kind === "partner-user" ? actor.partnerId : null,
      kind: "USER",
      action: "user.signed_out_everywhere",
      subjectId: actor.userId,
      subjectLabel: `${actor.name} <${actor.email}>`,
      actor,
      at: now,
      after: { signInLinksEnded: links.count },
    });
  }, TX_OPTIONS);
  return ok(null);
}

/** A session is valid when it began after the user's last "sign out of every session". */
export function isSessionCurrent(signedInAt: number | undefined, sessionsValidFrom: Date | null): boolean {
  if (!sessionsValidFrom) return true;
  return typeof signedInAt === "number" && signedInAt > sessionsValidFrom.getTime();
}
