import "server-only";
import type { Actor } from "../auth/actor";
import { canCreateOrResend } from "../auth/permissions";
import { normalizeAddress } from "../customers/address";
import { contactRefusal, lockContact } from "../customers/contact-rules";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { renderReferenceRequest } from "../email/render";
import { toLocale } from "../i18n/locales";
import { fieldErrorsOf, ok, type Refusal, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { autoApproveOverdue } from "./overdue";
import { correctContactSchema } from "./schemas";
import { autoApprovalDueAt, isAutoApprovalDue } from "./timing";
import { type IssuedToken, newToken, storeToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

// R17: an R5 administrator corrects the contact's address of an awaiting request at any time (not
// bound by R3's seven days). A new link goes to the new address, every earlier link stops working,
// and R4's six weeks run from this send.

export const SAME_ADDRESS =
  "This is the address the request already went to. Enter the contact's corrected email address.";

export type CorrectContactOptions = {
  actor: Actor;
  referenceId: string;
  input: unknown;
  now: Date;
  issueToken?: () => IssuedToken;
};

export async function correctContactEmail({
  actor,
  referenceId,
  input,
  now,
  issueToken = newToken,
}: CorrectContactOptions): Promise<Result<{ contactEmail: string }>> {
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const parsed = correctContactSchema.safeParse(input);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { contactEmail } = parsed.data;
  const db = await getDb();
  const reference = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    include: { partner: { select: { name: true } } },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  if (!canCreateOrResend(actor, reference)) return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);
  // R4 at the moment of use: a delivered request six weeks old is auto-approved, not corrected.
  if (
    reference.status === "AWAITING_APPROVAL" &&
    !reference.deliveryFailedAt &&
    isAutoApprovalDue(reference.firstSentAt, now)
  ) {
    await autoApproveOverdue({ now, scope: { referenceId: reference.id } });
    const current = await db.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
    if (current.status !== "AWAITING_APPROVAL")
      return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
  }
  if (reference.status !== "AWAITING_APPROVAL")
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(reference.status));
  const contactKey = normalizeAddress(contactEmail);
  if (contactKey === reference.contactKey)
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, { contactEmail: [SAME_ADDRESS] });

  const issued = issueToken();
  const email = await renderReferenceRequest(contactEmail, {
    token: issued.token,
    locale: toLocale(reference.contactLanguage),
    autoApprovalOn: autoApprovalDueAt(now),
    partnerName: reference.partner.name,
    contactName: reference.contactName,
    customerCompany: reference.customerCompany,
    projectTitle: reference.projectTitle,
    requestedBy: actor.name,
    reminder: false,
  });

  const result = await db.$transaction(async (tx): Promise<Refusal | { contactEmail: string }> => {
    await lockContact(tx, contactKey);
    const refused = await contactRefusal(tx, {
      partnerId: reference.partnerId,
      address: contactKey,
      exceptReferenceId: reference.id,
    });
    if (refused) return refused;
    // One conditional write: a customer answering through the old link at this moment either
    // decided first (and this changes nothing) or finds the link gone.
    const won = await tx.referenceRequest.updateMany({
      where: { id: reference.id, status: "AWAITING_APPROVAL", contactKey: reference.contactKey },
      data: {
        contactEmail,
        contactKey,
        firstSentAt: now,
        lastSentAt: now,
        sendCount: { increment: 1 },
        deliveryFailedAt: null,
        deliveryFailure: null,
      },
    });
    if (won.count === 0) {
      const current = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
      return current.status === "AWAITING_APPROVAL"
        ? refuse("CONFLICT", "The contact's address was just changed by someone else. Reload the page.")
        : refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
    }
    // Every earlier link ends, and mail still waiting to go to the old address is not sent.
    await tx.responseToken.deleteMany({ where: { referenceId: reference.id } });
    await tx.outboxEmail.deleteMany({
      where: {
        referenceId: reference.id,
        status: "PENDING",
        template: { in: ["reference-request", "reference-reminder"] },
      },
    });
    await storeToken(tx, reference.id, issued, now);
    await recordEvent(tx, {
      referenceId: reference.id,
      type: "CONTACT_CORRECTED",
      actor,
      at: now,
      before: { contactEmail: reference.contactEmail, firstSentAt: reference.firstSentAt.toISOString() },
      after: { contactEmail, firstSentAt: now.toISOString(), to: email.to },
    });
    const queued = await queueEmail(tx, {
      ...email,
      now,
      referenceId: reference.id,
      partnerId: reference.partnerId,
      linkTokenHash: issued.tokenHash,
    });
    await tx.referenceRequest.update({ where: { id: reference.id }, data: { requestEmailId: queued.id } });
    return { contactEmail };
  }, TX_OPTIONS);
  return "ok" in result ? result : ok(result);
}
