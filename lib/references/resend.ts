import "server-only";
import type { Actor } from "../auth/actor";
import { canCreateOrResend } from "../auth/permissions";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { renderReferenceRequest } from "../email/render";
import { toLocale } from "../i18n/locales";
import { ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { autoApprovalDueAt, isResendDue, resendCutoff, resendNotDueMessage } from "./timing";
import { newToken, storeToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

export type ResendOptions = { actor: Actor; referenceId: string; now: Date };

/** R3, R5: resends an awaiting request seven days after its last send, with a new link. */
export async function resendReference(
  options: ResendOptions,
): Promise<Result<{ lastSentAt: Date; sendCount: number }>> {
  const result = await resendReferenceWithToken(options);
  return result.ok ? ok({ lastSentAt: result.data.lastSentAt, sendCount: result.data.sendCount }) : result;
}

/** As resendReference, plus the new raw token (demo seed and tests only). */
export async function resendReferenceWithToken({
  actor,
  referenceId,
  now,
}: ResendOptions): Promise<Result<{ lastSentAt: Date; sendCount: number; token: string }>> {
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const db = await getDb();
  const reference = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    include: { partner: true },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  if (!canCreateOrResend(actor, reference)) return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);
  if (reference.status !== "AWAITING_APPROVAL")
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(reference.status));
  if (!isResendDue(reference.lastSentAt, now))
    return refuse("RESEND_NOT_DUE", resendNotDueMessage(reference.lastSentAt));

  const issued = newToken();
  const email = await renderReferenceRequest(reference.contactEmail, {
    token: issued.token,
    locale: toLocale(reference.contactLanguage),
    autoApprovalOn: autoApprovalDueAt(reference.firstSentAt),
    partnerName: reference.partner.name,
    contactName: reference.contactName,
    customerCompany: reference.customerCompany,
    projectTitle: reference.projectTitle,
    requestedBy: actor.name,
    reminder: true,
  });

  return db.$transaction(async (tx) => {
    // One conditional write: of two admins pressing Resend together, the second finds the
    // request no longer due (its last send just moved) and nothing is written for it.
    const won = await tx.referenceRequest.updateMany({
      where: { id: reference.id, status: "AWAITING_APPROVAL", lastSentAt: { lte: resendCutoff(now) } },
      data: { lastSentAt: now, sendCount: { increment: 1 } },
    });
    if (won.count === 0) {
      const current = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
      return current.status === "AWAITING_APPROVAL"
        ? refuse("RESEND_NOT_DUE", resendNotDueMessage(current.lastSentAt))
        : refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
    }
    const { sendCount } = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
    await storeToken(tx, reference.id, issued, now);
    await recordEvent(tx, {
      referenceId: reference.id,
      type: "RESENT",
      actor,
      at: now,
      before: { lastSentAt: reference.lastSentAt.toISOString(), sendCount: reference.sendCount },
      after: { lastSentAt: now.toISOString(), sendCount, to: email.to },
    });
    await queueEmail(tx, { ...email, now });
    return ok({ lastSentAt: now, sendCount, token: issued.token });
  }, TX_OPTIONS);
}
