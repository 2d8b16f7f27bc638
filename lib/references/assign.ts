import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ok, type Result, refuse } from "../result";
import { APPROVED_STATUSES, ASSIGN_MESSAGES, decideAssign } from "./assign-rules";
import { recordEvent } from "./events";
import { TX_OPTIONS } from "./tx";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

type Tx = Prisma.TransactionClient;

export interface AssignOptions {
  actor: Actor;
  referenceId: string;
  competencyId: string;
  now: Date;
  /**
   * The competency the person saw on the page (null when they pressed Assign). When given, the
   * write only happens if the reference still has it, so two people acting on the same screen
   * cannot silently overwrite each other: the later one is told to reload (CONFLICT). When not
   * given, simultaneous calls are applied one after the other, each a proper reassign.
   */
  expectedCompetencyId?: string | null;
}

export type AssignResult = Result<{ competencyName: string; reassigned: boolean }>;

/** Assign or reassign an approved reference to one competency (R6–R9, R11), with its event (R14). */
export async function assignReference(options: AssignOptions): Promise<AssignResult> {
  const db = await getDb();
  return db.$transaction((tx) => assignWithin(tx, options), TX_OPTIONS);
}

/**
 * The same rule inside a caller's transaction (the service center resolves a case and assigns in
 * one). Writes nothing when it refuses.
 */
export async function assignWithin(tx: Tx, options: AssignOptions): Promise<AssignResult> {
  const { actor, referenceId, competencyId, now } = options;
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  if (!isPlausibleId(competencyId)) {
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, {
      competencyId: [ASSIGN_MESSAGES.unknownCompetency],
    });
  }

  // Visibility is part of the lookup: another partner's reference does not exist for this actor.
  const reference = await tx.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    select: {
      id: true,
      partnerId: true,
      locationId: true,
      status: true,
      projectType: true,
      competencyId: true,
      competency: { select: { name: true } },
    },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);

  // Share lock: a competency being retired at this moment takes no new assignment (retire waits).
  await tx.$queryRaw`SELECT 1 FROM "Competency" WHERE "id" = ${competencyId} FOR SHARE`;
  const competency = await tx.competency.findUnique({
    where: { id: competencyId },
    select: { id: true, name: true, retiredAt: true, projectTypes: { select: { projectType: true } } },
  });
  if (!competency) {
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, {
      competencyId: [ASSIGN_MESSAGES.unknownCompetency],
    });
  }
  const choice = { ...competency, projectTypes: competency.projectTypes.map((p) => p.projectType) };
  const refusal = decideAssign(actor, reference, choice);
  if (refusal) return refusal;
  if (options.expectedCompetencyId !== undefined && options.expectedCompetencyId !== reference.competencyId) {
    return refuse("CONFLICT", ASSIGN_MESSAGES.conflict);
  }

  // R8 under concurrency: the write only lands if the reference still has the competency we read.
  // A simultaneous assignment that committed first makes this match nothing; PostgreSQL re-checks
  // the condition after waiting for the other writer's row lock.
  const written = await tx.referenceRequest.updateMany({
    where: { id: reference.id, status: { in: [...APPROVED_STATUSES] }, competencyId: reference.competencyId },
    data: { competencyId: competency.id, assignedAt: now },
  });
  if (written.count !== 1) return refuse("CONFLICT", ASSIGN_MESSAGES.conflict);

  const reassigned = reference.competencyId !== null;
  await recordEvent(tx, {
    referenceId: reference.id,
    type: reassigned ? "REASSIGNED" : "ASSIGNED",
    actor,
    at: now,
    before: { competencyId: reference.competencyId, competencyName: reference.competency?.name ?? null },
    after: { competencyId: competency.id, competencyName: competency.name },
  });
  return ok({ competencyName: competency.name, reassigned });
}
