import "server-only";
import type { Actor } from "../auth/actor";
import { canOpenCase } from "../auth/permissions";
import { getDb } from "../db/client";
import { queueCaseOpenedNotice } from "../notices/cases";
import { ASSIGN_MESSAGES, isApproved } from "../references/assign-rules";
import { TX_OPTIONS } from "../references/tx";
import { visibleReferenceWhere } from "../references/visible";
import { MESSAGES } from "../references/wording";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "../users/db-errors";
import { recordCaseAudit } from "./audit";
import { type OpenServiceCaseInput, openServiceCaseSchema } from "./schemas";

export { declineServiceCase, resolveServiceCase } from "./resolve";

export const CASE_MESSAGES = {
  openForbidden:
    "Only a Global Administrator or a Local Administrator of your organization can ask the Regional Service Center for help.",
  alreadyOpen: "A request about this reference is already open with the Regional Service Center.",
} as const;

/** R6/R12: a partner administrator asks the Regional Service Center to cancel or to assign. */
export async function openServiceCase(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ id: string }>> {
  const { actor, now } = options;
  const parsed = openServiceCaseSchema.safeParse(options.input);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const input = parsed.data;

  const db = await getDb();
  const reference = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, input.referenceId),
    select: {
      id: true,
      partnerId: true,
      status: true,
      projectTitle: true,
      partner: { select: { name: true } },
    },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  if (!canOpenCase(actor, reference.partnerId)) return refuse("FORBIDDEN", CASE_MESSAGES.openForbidden);
  if (input.type === "CANCELLATION" && reference.status !== "AWAITING_APPROVAL") {
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(reference.status));
  }
  if (input.type === "ASSIGNMENT_HELP" && !isApproved(reference.status)) {
    return refuse("NOT_APPROVED", ASSIGN_MESSAGES.notApproved(reference.status));
  }
  const competencyId = input.type === "ASSIGNMENT_HELP" ? (input.competencyId ?? null) : null;
  if (
    competencyId &&
    !(await db.competency.findUnique({ where: { id: competencyId }, select: { id: true } }))
  ) {
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, {
      competencyId: [ASSIGN_MESSAGES.unknownCompetency],
    });
  }
  try {
    return ok(await writeCase(actor, reference, input, competencyId, now));
  } catch (error) {
    // One open case per reference and kind is a partial unique index: of two simultaneous
    // submits, the database lets one in.
    if (isUniqueViolation(error)) return refuse("CONFLICT", CASE_MESSAGES.alreadyOpen);
    throw error;
  }
}

async function writeCase(
  actor: Actor,
  reference: { id: string; partnerId: string; projectTitle: string; partner: { name: string } },
  input: OpenServiceCaseInput,
  competencyId: string | null,
  now: Date,
): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.serviceCase.create({
      data: {
        partnerId: reference.partnerId,
        referenceId: reference.id,
        type: input.type,
        message: input.message,
        programAdministrator: input.type === "CANCELLATION" ? input.programAdministrator : null,
        competencyId,
        openedById: actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordCaseAudit(tx, {
      partnerId: reference.partnerId,
      caseId: row.id,
      action: "case.opened",
      type: input.type,
      projectTitle: reference.projectTitle,
      actor,
      now,
      after: {
        status: "OPEN",
        referenceId: reference.id,
        message: input.message,
        ...(input.type === "CANCELLATION" ? { programAdministrator: input.programAdministrator } : {}),
      },
    });
    await queueCaseOpenedNotice(tx, {
      id: row.id,
      type: input.type,
      partnerId: reference.partnerId,
      referenceId: reference.id,
      partnerName: reference.partner.name,
      projectTitle: reference.projectTitle,
      openedBy: actor.name,
      message: input.message,
      now,
    });
    return row;
  }, TX_OPTIONS);
}
