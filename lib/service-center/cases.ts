import "server-only";
import type { Actor } from "../auth/actor";
import { canOpenCase } from "../auth/permissions";
import { getDb } from "../db/client";
import { type ReferenceStatus, ServiceCaseStatus, type ServiceCaseType } from "../db/generated/enums";
import { ASSIGN_MESSAGES, isApproved } from "../references/assign-rules";
import { visibleReferenceWhere } from "../references/visible";
import { MESSAGES, STATUS_LABELS } from "../references/wording";
import { ok, type Result, refuse } from "../result";
import { fieldErrorsOf, openServiceCaseSchema } from "./schemas";

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
    select: { id: true, partnerId: true, status: true },
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
  const open = await db.serviceCase.findFirst({
    where: { referenceId: reference.id, type: input.type, status: "OPEN" },
    select: { id: true },
  });
  if (open) return refuse("CONFLICT", CASE_MESSAGES.alreadyOpen);

  const created = await db.serviceCase.create({
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
  return ok(created);
}

export interface ServiceCaseRow {
  id: string;
  type: ServiceCaseType;
  status: ServiceCaseStatus;
  partnerId: string;
  partnerName: string;
  referenceId: string | null;
  customerCompany: string | null;
  projectTitle: string | null;
  referenceStatus: ReferenceStatus | null;
  referenceStatusLabel: string | null;
  message: string;
  programAdministrator: string | null;
  competencyId: string | null;
  competencyName: string | null;
  openedByName: string | null;
  resolvedByName: string | null;
  resolution: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

/** Agents see every partner's cases, oldest first (a queue); partner users their partner's. */
export async function listServiceCases(options: {
  actor: Actor;
  status?: ServiceCaseStatus;
}): Promise<ServiceCaseRow[]> {
  const { actor } = options;
  // The status often comes straight from a URL: an unknown value means "all", not a crash.
  const status = (Object.values(ServiceCaseStatus) as string[]).includes(options.status ?? "")
    ? options.status
    : undefined;
  const db = await getDb();
  const cases = await db.serviceCase.findMany({
    where: {
      ...(actor.kind === "agent" ? {} : { partnerId: actor.partnerId }),
      ...(status ? { status } : {}),
    },
    include: {
      partner: { select: { name: true } },
      reference: { select: { customerCompany: true, projectTitle: true, status: true } },
      openedBy: { select: { name: true } },
      resolvedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const competencyIds = [...new Set(cases.flatMap((c) => (c.competencyId ? [c.competencyId] : [])))];
  const competencies = competencyIds.length
    ? await db.competency.findMany({ where: { id: { in: competencyIds } }, select: { id: true, name: true } })
    : [];
  return cases.map(({ partner, reference, openedBy, resolvedBy, openedById, resolvedById, ...c }) => ({
    ...c,
    partnerName: partner.name,
    customerCompany: reference?.customerCompany ?? null,
    projectTitle: reference?.projectTitle ?? null,
    referenceStatus: reference?.status ?? null,
    referenceStatusLabel: reference ? STATUS_LABELS[reference.status] : null,
    competencyName: competencies.find((x) => x.id === c.competencyId)?.name ?? null,
    openedByName: openedBy?.name ?? null,
    resolvedByName: resolvedBy?.name ?? null,
  }));
}
