import "server-only";
import type { Actor } from "../auth/actor";
import { canCreateOrResend } from "../auth/permissions";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { renderReferenceRequest } from "../email/render";
import { toLocale } from "../i18n/locales";
import { ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { autoApproveOverdue, autoApproveOverdueWithin } from "./overdue";
import {
  autoApprovalDueAt,
  isAutoApprovalDue,
  isResendDue,
  resendCutoff,
  resendNotDueMessage,
} from "./timing";
import { type IssuedToken, newToken, storeToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

export type ResendOptions = {
  actor: Actor;
  referenceId: string;
  now: Date;
  /** As for createReference: the new link's token (default: fresh random bits). */
  issueToken?: () => IssuedToken;
};

/** R3, R5: resends an awaiting request seven days after its last send, with a new link. */
export async function resendReference({
  actor,
  referenceId,
  now,
  issueToken = newToken,
}: ResendOptions): Promise<Result<{ lastSentAt: Date; sendCount: number }>> {
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const db = await getDb();
  const reference = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    include: { partner: true },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  if (!canCreateOrResend(actor, reference)) return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);
  // R4 at the moment of use (decision 031): six weeks after the first send it is auto-approved now.
  // R17: a request whose latest email was refused is not auto-approved.
  const overdue = !reference.deliveryFailedAt && isAutoApprovalDue(reference.firstSentAt, now);
  if (reference.status === "AWAITING_APPROVAL" && overdue) {
    await autoApproveOverdue({ now, scope: { referenceId: reference.id } });
    const current = await db.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
  }
  if (reference.status !== "AWAITING_APPROVAL")
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(reference.status));
  if (!isResendDue(reference.lastSentAt, now))
    return refuse("RESEND_NOT_DUE", resendNotDueMessage(reference.lastSentAt));

  const issued = issueToken();
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
    // Turning 42 days old between the check above and here still ends auto-approved, not resent.
    await autoApproveOverdueWithin(tx, { now, scope: { referenceId: reference.id } });
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
    const queued = await queueEmail(tx, {
      ...email,
      now,
      referenceId: reference.id,
      partnerId: reference.partnerId,
      linkTokenHash: issued.tokenHash,
    });
    // The new email is the request's latest (R17): whether it arrives decides from now on.
    await tx.referenceRequest.update({
      where: { id: reference.id },
      data: { requestEmailId: queued.id, deliveryFailedAt: null, deliveryFailure: null },
    });
    return ok({ lastSentAt: now, sendCount });
  }, TX_OPTIONS);
}
