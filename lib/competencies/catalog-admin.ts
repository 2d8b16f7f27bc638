import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { TX_OPTIONS } from "../references/tx";
import { isPlausibleId } from "../references/visible";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation } from "../users/db-errors";
import { isAgent } from "../users/permissions";
import { fieldErrorsOf } from "../users/schemas";
import { ADMIN_MESSAGES } from "../users/wording";
import { competencySchema, requirementsSchema } from "./catalog-schemas";

// The Regional Service Center keeps the program's competency catalog. Progress reads the counts
// live (lib/competencies/progress.ts), so a change takes effect for every partner at once; retiring
// only stops new assignments (assign-rules.ts), it never touches an assigned reference.

type Tx = Prisma.TransactionClient;
const forbidden = () => refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenAgent);
const duplicate = () =>
  refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, { name: [ADMIN_MESSAGES.duplicateCompetency] });

async function snapshot(tx: Tx, id: string) {
  const c = await tx.competency.findUnique({ where: { id }, include: { projectTypes: true } });
  if (!c) return null;
  return {
    id: c.id,
    name: c.name,
    silverRequired: c.silverRequired,
    goldRequired: c.goldRequired,
    countingMonths: c.countingMonths,
    projectTypes: c.projectTypes.map((p) => p.projectType).sort(),
    retired: c.retiredAt !== null,
  };
}

export async function addCompetency(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ id: string }>> {
  const { actor, now } = options;
  if (!isAgent(actor)) return forbidden();
  const parsed = competencySchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { name, silverRequired, goldRequired, countingMonths, projectTypes } = parsed.data;
  const db = await getDb();
  const clash = await db.competency.findFirst({
    where: { name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (clash) return duplicate();
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.competency.create({
        data: {
          name,
          silverRequired,
          goldRequired,
          countingMonths,
          createdAt: now,
          projectTypes: { create: projectTypes.map((projectType) => ({ projectType })) },
        },
      });
      await recordAudit(tx, {
        partnerId: null,
        kind: "COMPETENCY",
        action: "competency.added",
        subjectId: created.id,
        subjectLabel: name,
        actor,
        at: now,
        before: null,
        after: await snapshot(tx, created.id),
      });
      return ok({ id: created.id });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error)) return duplicate();
    throw error;
  }
}

/** Changes a competency's silver and gold counts, its counting period (R19) and its eligible project types. */
export async function updateRequirements(options: {
  actor: Actor;
  competencyId: string;
  input: unknown;
  now: Date;
}): Promise<Result<{ name: string }>> {
  const { actor, competencyId, now } = options;
  if (!isAgent(actor)) return forbidden();
  const parsed = requirementsSchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const next = parsed.data;
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ name: string }>> => {
    if (!isPlausibleId(competencyId)) return refuse("NOT_FOUND", ADMIN_MESSAGES.competencyNotFound);
    await tx.$queryRaw`SELECT 1 FROM "Competency" WHERE "id" = ${competencyId} FOR UPDATE`;
    const before = await snapshot(tx, competencyId);
    if (!before) return refuse("NOT_FOUND", ADMIN_MESSAGES.competencyNotFound);
    await tx.competency.update({
      where: { id: competencyId },
      data: {
        silverRequired: next.silverRequired,
        goldRequired: next.goldRequired,
        countingMonths: next.countingMonths,
      },
    });
    await tx.competencyProjectType.deleteMany({
      where: { competencyId, projectType: { notIn: next.projectTypes } },
    });
    await tx.competencyProjectType.createMany({
      data: next.projectTypes.map((projectType) => ({ competencyId, projectType })),
      skipDuplicates: true,
    });
    await recordAudit(tx, {
      partnerId: null,
      kind: "COMPETENCY",
      action: "competency.changed",
      subjectId: competencyId,
      subjectLabel: before.name,
      actor,
      at: now,
      before,
      after: await snapshot(tx, competencyId),
    });
    return ok({ name: before.name });
  }, TX_OPTIONS);
}

/** Retires a competency: it takes no new assignments; references already assigned keep counting. */
export async function retireCompetency(options: {
  actor: Actor;
  competencyId: string;
  now: Date;
}): Promise<Result<{ name: string }>> {
  const { actor, competencyId, now } = options;
  if (!isAgent(actor)) return forbidden();
  if (!isPlausibleId(competencyId)) return refuse("NOT_FOUND", ADMIN_MESSAGES.competencyNotFound);
  const db = await getDb();
  return db.$transaction(async (tx): Promise<Result<{ name: string }>> => {
    const competency = await tx.competency.findUnique({
      where: { id: competencyId },
      select: { name: true },
    });
    if (!competency) return refuse("NOT_FOUND", ADMIN_MESSAGES.competencyNotFound);
    const changed = await tx.competency.updateMany({
      where: { id: competencyId, retiredAt: null },
      data: { retiredAt: now },
    });
    if (changed.count === 0) return refuse("CONFLICT", ADMIN_MESSAGES.competencyAlreadyRetired);
    await recordAudit(tx, {
      partnerId: null,
      kind: "COMPETENCY",
      action: "competency.retired",
      subjectId: competencyId,
      subjectLabel: competency.name,
      actor,
      at: now,
      before: { retired: false },
      after: { retired: true },
    });
    return ok({ name: competency.name });
  }, TX_OPTIONS);
}
