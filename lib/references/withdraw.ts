import "server-only";
import { getDb } from "../db/client";
import type { ReferenceStatus } from "../db/generated/enums";
import { queueDecisionNotices } from "../notices/decision";
import { portalUrl, prepareInEachLanguage, renderDecisionNotice } from "../notices/render";
import { ok, type Result, refuse } from "../result";
import { APPROVED_STATUSES } from "./assign-rules";
import { recordEvent } from "./events";
import { LINK_NOT_VALID } from "./respond";
import { hashToken, isWellFormedToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { MESSAGES, STATUS_LABELS } from "./wording";

// R20: the customer's withdraw link (from a receipt or an auto-approval notice). Opening it (GET)
// never acts; withdrawing (POST) is one conditional write, like every transition (R2): an approved
// or auto-approved reference becomes CUSTOMER_WITHDREW, its assignment ends (the history keeps it),
// it stops counting at once, and the creator and the R6 administrators are told. The link works
// until the reference is erased (R21 deletes its tokens).

export type WithdrawalView = {
  partnerName: string;
  projectTitle: string;
  language: string;
  status: ReferenceStatus;
  statusLabel: string;
  canWithdraw: boolean;
};

async function findByWithdrawToken(token: unknown) {
  if (!isWellFormedToken(token)) return null;
  const db = await getDb();
  const row = await db.withdrawToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      reference: {
        include: {
          partner: { select: { name: true } },
          location: { select: { name: true } },
          competency: true,
        },
      },
    },
  });
  return row?.reference ?? null;
}

const isApproved = (status: ReferenceStatus) =>
  (APPROVED_STATUSES as readonly ReferenceStatus[]).includes(status);

export async function viewWithdrawal(token: string): Promise<Result<WithdrawalView>> {
  const reference = await findByWithdrawToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  return ok({
    partnerName: reference.partner.name,
    projectTitle: reference.projectTitle,
    language: reference.contactLanguage,
    status: reference.status,
    statusLabel: STATUS_LABELS[reference.status],
    canWithdraw: isApproved(reference.status),
  });
}

export async function withdrawByToken({
  token,
  now,
}: {
  token: string;
  now: Date;
}): Promise<Result<{ status: ReferenceStatus }>> {
  const reference = await findByWithdrawToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  const notice = await prepareInEachLanguage((locale) =>
    renderDecisionNotice(
      {
        approved: false,
        withdrew: true,
        competencyName: reference.competency?.name ?? null,
        contactName: reference.contactName,
        customerCompany: reference.customerCompany,
        projectTitle: reference.projectTitle,
        locationName: reference.location.name,
        referenceUrl: portalUrl(`/references/${reference.id}`),
      },
      locale,
    ),
  );
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.referenceRequest.findUniqueOrThrow({
      where: { id: reference.id },
      select: { status: true, competencyId: true, competency: { select: { name: true } } },
    });
    const won = await tx.referenceRequest.updateMany({
      where: { id: reference.id, status: { in: [...APPROVED_STATUSES] }, competencyId: current.competencyId },
      data: { status: "CUSTOMER_WITHDREW", competencyId: null, assignedAt: null, decidedAt: now },
    });
    if (won.count === 0) {
      const latest = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
      // An assignment moved under us (not a final state): the customer simply tries again.
      if (isApproved(latest.status)) return refuse("CONFLICT", "Please try again.");
      return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(latest.status));
    }
    await recordEvent(tx, {
      referenceId: reference.id,
      type: "CUSTOMER_WITHDREW",
      actor: { kind: "customer", email: reference.contactEmail },
      at: now,
      before: {
        status: current.status,
        ...(current.competency
          ? { competencyId: current.competencyId, competency: current.competency.name }
          : {}),
      },
      after: { status: "CUSTOMER_WITHDREW" },
    });
    await queueDecisionNotices(tx, reference, notice, now);
    return ok({ status: "CUSTOMER_WITHDREW" as ReferenceStatus });
  }, TX_OPTIONS);
}
