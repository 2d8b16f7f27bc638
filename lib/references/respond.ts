import "server-only";
import { consentVersion, evidenceHash } from "../customers/consent";
import { getDb } from "../db/client";
import type { ReferenceStatus } from "../db/generated/enums";
import { queueEmail } from "../email/outbox";
import { renderDecisionReceipt } from "../email/receipt";
import { type Locale, toLocale } from "../i18n/locales";
import { prepareDecisionNotice, queueDecisionNotices } from "../notices/decision";
import { ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { autoApproveOverdue, autoApproveOverdueWithin } from "./overdue";
import { hashToken, type IssuedToken, isWellFormedToken, newToken, storeWithdrawToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { MESSAGES, STATUS_LABELS } from "./wording";

// R13: the customer's link. Viewing decides nothing; deciding is one conditional write (R2).
// R4 holds at the moment of use (decision 031): a request found 42 days after its first send is
// auto-approved first — by the job's own write — so the customer sees Microsoft Auto-Approved.

export const LINK_NOT_VALID = "This link is not valid.";

export type ResponseView = {
  partnerName: string;
  customerCompany: string;
  contactName: string;
  projectTitle: string;
  projectDescription: string;
  projectType: string;
  completedOn: Date;
  /** The language the request was written in; the page speaks it unless the customer switches. */
  language: string;
  status: ReferenceStatus;
  statusLabel: string;
  canRespond: boolean;
};

export async function findByToken(token: unknown) {
  // A malformed or unknown token gets the same answer as a tampered one: nothing is revealed.
  if (!isWellFormedToken(token)) return null;
  const db = await getDb();
  const row = await db.responseToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { reference: { include: { partner: true, location: { select: { name: true } } } } },
  });
  return row?.reference ?? null;
}

/**
 * What the customer sees on opening the link (GET). The customer's visit never decides anything;
 * the only write possible is the one R4 makes due anyway (decision 031).
 */
export async function viewByToken({
  token,
  now,
}: {
  token: string;
  now: Date;
}): Promise<Result<ResponseView>> {
  const found = await findByToken(token);
  if (!found) return refuse("NOT_FOUND", LINK_NOT_VALID);
  let reference = found;
  if (
    found.status === "AWAITING_APPROVAL" &&
    (await autoApproveOverdue({ now, scope: { referenceId: found.id } })) > 0
  ) {
    reference = (await findByToken(token)) ?? found;
  }
  return ok({
    partnerName: reference.partner.name,
    customerCompany: reference.customerCompany,
    contactName: reference.contactName,
    projectTitle: reference.projectTitle,
    projectDescription: reference.projectDescription,
    projectType: reference.projectType,
    completedOn: reference.completedOn,
    language: reference.contactLanguage,
    status: reference.status,
    statusLabel: STATUS_LABELS[reference.status],
    canRespond: reference.status === "AWAITING_APPROVAL",
  });
}

const DECISIONS = {
  approve: { status: "CUSTOMER_APPROVED", event: "CUSTOMER_APPROVED" },
  reject: { status: "CUSTOMER_REJECTED", event: "CUSTOMER_REJECTED" },
} as const;

/**
 * R20: what the customer's request carried when deciding: the page's language (whose consent text
 * was shown), the client's address and user agent (kept only as keyed hashes).
 */
export type DecisionEvidence = { locale: Locale; clientAddress: string; userAgent: string };

/** The customer's decision (POST): only while the request is still awaiting approval. */
export async function respondByToken({
  token,
  decision,
  now,
  evidence,
  issueWithdrawToken = newToken,
}: {
  token: string;
  decision: "approve" | "reject";
  now: Date;
  /** Without it (the demo data, tests): the request's language and no client details. */
  evidence?: DecisionEvidence;
  issueWithdrawToken?: () => IssuedToken;
}): Promise<Result<{ status: ReferenceStatus; statusLabel: string }>> {
  const chosen = Object.hasOwn(DECISIONS, decision) ? DECISIONS[decision] : undefined;
  if (!chosen) return refuse("INVALID_INPUT", "Choose Approve or Reject.");
  const reference = await findByToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  const notice = await prepareDecisionNotice(reference, decision === "approve");
  const locale = evidence?.locale ?? toLocale(reference.contactLanguage);
  const withdraw = decision === "approve" ? issueWithdrawToken() : undefined;
  const receipt = await renderDecisionReceipt(reference.contactEmail, locale, {
    approved: decision === "approve",
    partnerName: reference.partner.name,
    projectTitle: reference.projectTitle,
    at: now,
    withdrawToken: withdraw?.token,
  });

  const db = await getDb();
  return db.$transaction(async (tx) => {
    // R4 first: an overdue request is auto-approved (and stays so) and the answer below loses.
    await autoApproveOverdueWithin(tx, { now, scope: { referenceId: reference.id } });
    const won = await tx.referenceRequest.updateMany({
      where: { id: reference.id, status: "AWAITING_APPROVAL" },
      data: { status: chosen.status, decidedAt: now },
    });
    if (won.count === 0) {
      const current = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
      return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
    }
    await recordEvent(tx, {
      referenceId: reference.id,
      type: chosen.event,
      actor: { kind: "customer", email: reference.contactEmail },
      at: now,
      before: { status: "AWAITING_APPROVAL" },
      after: { status: chosen.status, decidedAt: now.toISOString() },
    });
    await tx.decisionRecord.create({
      data: {
        referenceId: reference.id,
        decision,
        textVersion: consentVersion(locale),
        language: locale,
        decidedAt: now,
        addressHash: evidenceHash("address", evidence?.clientAddress ?? ""),
        userAgentHash: evidenceHash("user-agent", evidence?.userAgent ?? ""),
      },
    });
    if (withdraw) await storeWithdrawToken(tx, reference.id, withdraw, now);
    await queueEmail(tx, {
      ...receipt,
      now,
      referenceId: reference.id,
      partnerId: reference.partnerId,
      linkTokenHash: withdraw?.tokenHash,
      carriesSecret: withdraw !== undefined,
    });
    await queueDecisionNotices(tx, reference, notice, now);
    return ok({ status: chosen.status as ReferenceStatus, statusLabel: STATUS_LABELS[chosen.status] });
  }, TX_OPTIONS);
}
