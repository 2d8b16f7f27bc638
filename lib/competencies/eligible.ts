import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { isPlausibleId, visibleReferenceWhere } from "../references/visible";
import { MESSAGES } from "../references/wording";
import { ok, type Result, refuse } from "../result";

export interface CompetencyOption {
  id: string;
  name: string;
}

/**
 * R9: the competencies whose eligible project types include this reference's type, for the
 * Assign/Reassign drop-down. The current competency stays in the list; the page marks it.
 */
export async function eligibleCompetencies(options: {
  actor: Actor;
  referenceId: string;
}): Promise<Result<CompetencyOption[]>> {
  const { actor, referenceId } = options;
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const db = await getDb();
  const reference = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    select: { projectType: true },
  });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  return ok(await competenciesForProjectType(reference.projectType));
}

export async function competenciesForProjectType(projectType: string): Promise<CompetencyOption[]> {
  const db = await getDb();
  return db.competency.findMany({
    where: { projectTypes: { some: { projectType } }, retiredAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
