import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ServiceCaseStatus } from "../db/generated/enums";
import { queueCaseClosedNotice } from "../notices/cases";
import { assignWithin } from "../references/assign";
import { ASSIGN_MESSAGES } from "../references/assign-rules";
import { cancelReferenceInTransaction } from "../references/cancel";
import { autoApproveOverdue } from "../references/overdue";
import { TX_OPTIONS } from "../references/tx";
import { MESSAGES } from "../references/wording";
import { fieldErrorsOf, ok, type Refusal, type Result, refuse } from "../result";
import { recordCaseAudit } from "./audit";
import { declineServiceCaseSchema, resolveServiceCaseSchema } from "./schemas";

// R12: agents work through the cases. Closing the case and doing what it asks happen in ONE
// transaction: the case is claimed with a conditional write (OPEN → RESOLVED), so two agents
// resolving at once cannot both act, and a refused cancel or assignment leaves the case open.

export const RESOLVE_MESSAGES = {
  forbidden: "Only the Regional Service Center can resolve or decline a case.",
  notFound: "This case does not exist.",
  closed: (status: ServiceCaseStatus) =>
    `This case is already ${status === "RESOLVED" ? "resolved" : "declined"}.`,
  chooseCompetency: "Choose the competency to assign the reference to.",
} as const;

type Tx = Prisma.TransactionClient;

/** Carries a refusal out of a transaction so that everything in it rolls back. */
class RollBack extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

async function closedOrMissing(tx: Tx, caseId: string): Promise<Refusal> {
  const found = await tx.serviceCase.findUnique({ where: { id: caseId }, select: { status: true } });
  return found
    ? refuse("CASE_CLOSED", RESOLVE_MESSAGES.closed(found.status))
    : refuse("NOT_FOUND", RESOLVE_MESSAGES.notFound);
}

export async function resolveServiceCase(options: {
  actor: Actor;
  caseId: string;
  resolution?: string;
  competencyId?: string;
  now: Date;
}): Promise<Result<{ status: "RESOLVED" }>> {
  const { actor, now } = options;
  if (actor.kind !== "agent") return refuse("FORBIDDEN", RESOLVE_MESSAGES.forbidden);
  const parsed = resolveServiceCaseSchema.safeParse(options);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { caseId, resolution, competencyId } = parsed.data;

  const db = await getDb();
  // R4 at the moment of use, committed on its own: a refused cancel below rolls its transaction
  // back, which must not take the auto-approval with it.
  const subject = await db.serviceCase.findUnique({ where: { id: caseId }, select: { referenceId: true } });
  if (subject?.referenceId) await autoApproveOverdue({ now, scope: { referenceId: subject.referenceId } });
  try {
    return await db.$transaction(async (tx) => {
      const found = await tx.serviceCase.findUnique({ where: { id: caseId }, include: CASE_FOR_NOTICE });
      if (!found) return refuse("NOT_FOUND", RESOLVE_MESSAGES.notFound);
      const claimed = await tx.serviceCase.updateMany({
        where: { id: caseId, status: "OPEN" },
        data: { status: "RESOLVED", resolution, resolvedById: actor.userId, resolvedAt: now },
      });
      if (claimed.count !== 1) return closedOrMissing(tx, caseId);
      if (!found.referenceId) throw new RollBack(refuse("NOT_FOUND", MESSAGES.notFound));

      const done =
        found.type === "CANCELLATION"
          ? await cancelReferenceInTransaction(tx, {
              actor,
              referenceId: found.referenceId,
              programAdministrator: found.programAdministrator ?? "",
              note: resolution || undefined,
              now,
            })
          : await assignFor(tx, actor, found.referenceId, competencyId ?? found.competencyId, now);
      if (!done.ok) throw new RollBack(done);
      await recordClosed(tx, found, actor, now, { status: "RESOLVED", resolution: resolution ?? null });
      await queueCaseClosedNotice(tx, closedNotice(found, "resolved", resolution ?? null, now));
      return ok({ status: "RESOLVED" as const });
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof RollBack) return error.refusal;
    throw error;
  }
}

async function assignFor(tx: Tx, actor: Actor, referenceId: string, competencyId: string | null, now: Date) {
  if (!competencyId) {
    return refuse("INVALID_INPUT", RESOLVE_MESSAGES.chooseCompetency, {
      competencyId: [ASSIGN_MESSAGES.unknownCompetency],
    });
  }
  return assignWithin(tx, { actor, referenceId, competencyId, now });
}

export async function declineServiceCase(options: {
  actor: Actor;
  caseId: string;
  reason: string;
  now: Date;
}): Promise<Result<{ status: "DECLINED" }>> {
  const { actor, now } = options;
  if (actor.kind !== "agent") return refuse("FORBIDDEN", RESOLVE_MESSAGES.forbidden);
  const parsed = declineServiceCaseSchema.safeParse(options);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { caseId, reason } = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const declined = await tx.serviceCase.updateMany({
      where: { id: caseId, status: "OPEN" },
      data: { status: "DECLINED", resolution: reason, resolvedById: actor.userId, resolvedAt: now },
    });
    if (declined.count !== 1) return closedOrMissing(tx, caseId);
    const found = await tx.serviceCase.findUniqueOrThrow({ where: { id: caseId }, include: CASE_FOR_NOTICE });
    await recordClosed(tx, found, actor, now, { status: "DECLINED", reason });
    await queueCaseClosedNotice(tx, closedNotice(found, "declined", reason, now));
    return ok({ status: "DECLINED" as const });
  }, TX_OPTIONS);
}

function recordClosed(
  tx: Tx,
  found: CaseForNotice,
  actor: Actor,
  now: Date,
  after: { status: "RESOLVED"; resolution: string | null } | { status: "DECLINED"; reason: string },
) {
  return recordCaseAudit(tx, {
    partnerId: found.partnerId,
    caseId: found.id,
    action: after.status === "RESOLVED" ? "case.resolved" : "case.declined",
    type: found.type,
    projectTitle: found.reference?.projectTitle ?? null,
    actor,
    now,
    after,
  });
}

const CASE_FOR_NOTICE = {
  partner: { select: { name: true } },
  reference: { select: { projectTitle: true } },
} as const;

type CaseForNotice = Prisma.ServiceCaseGetPayload<{ include: typeof CASE_FOR_NOTICE }>;

function closedNotice(
  found: CaseForNotice,
  outcome: "resolved" | "declined",
  note: string | null,
  now: Date,
) {
  return {
    outcome,
    type: found.type,
    openedById: found.openedById,
    partnerId: found.partnerId,
    partnerName: found.partner.name,
    projectTitle: found.reference?.projectTitle ?? null,
    referenceId: found.referenceId,
    note: note || null,
    now,
  };
}
