import "server-only";
import { getDb } from "../db/client";
import type { ReferenceStatus } from "../db/generated/enums";
import { prepareDecisionNotice, queueDecisionNotices } from "../notices/decision";
import { ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { hashToken, isWellFormedToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { MESSAGES, STATUS_LABELS } from "./wording";

// R13: the customer's link. Viewing reads only; deciding is one conditional write (R2).

export const LINK_NOT_VALID = "This link is not valid.";

export type ResponseView = {
  partnerName: string;
  customerCompany: string;
  contactName: string;
  projectTitle: string;
  projectDescription: string;
  completedOn: Date;
  /** The language the request was written in; the page speaks it unless the customer switches. */
  language: string;
  status: ReferenceStatus;
  statusLabel: string;
  canRespond: boolean;
};

async function findByToken(token: unknown) {
  // A malformed or unknown token gets the same answer as a tampered one: nothing is revealed.
  if (!isWellFormedToken(token)) return null;
  const db = await getDb();
  const row = await db.responseToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { reference: { include: { partner: true, location: { select: { name: true } } } } },
  });
  return row?.reference ?? null;
}

/** What the customer sees on opening the link (GET). Never writes. */
export async function viewByToken({ token }: { token: string }): Promise<Result<ResponseView>> {
  const reference = await findByToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  return ok({
    partnerName: reference.partner.name,
    customerCompany: reference.customerCompany,
    contactName: reference.contactName,
    projectTitle: reference.projectTitle,
    projectDescription: reference.projectDescription,
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

/** The customer's decision (POST): only while the request is still awaiting approval. */
export async function respondByToken({
  token,
  decision,
  now,
}: {
  token: string;
  decision: "approve" | "reject";
  now: Date;
}): Promise<Result<{ status: ReferenceStatus; statusLabel: string }>> {
  const chosen = Object.hasOwn(DECISIONS, decision) ? DECISIONS[decision] : undefined;
  if (!chosen) return refuse("INVALID_INPUT", "Choose Approve or Reject.");
  const reference = await findByToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  const notice = await prepareDecisionNotice(reference, decision === "approve");

  const db = await getDb();
  return db.$transaction(async (tx) => {
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
    await queueDecisionNotices(tx, reference, notice, now);
    return ok({ status: chosen.status as ReferenceStatus, statusLabel: STATUS_LABELS[chosen.status] });
  }, TX_OPTIONS);
}
