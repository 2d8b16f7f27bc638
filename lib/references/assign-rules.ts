import type { Actor } from "../auth/actor";
import { canAssign } from "../auth/permissions";
import { PROJECT_TYPE_KEYS, projectTypeLabel } from "../competencies/project-types";
import type { ReferenceStatus } from "../db/generated/enums";
import { type Refusal, refuse } from "../result";
import { MESSAGES, STATUS_LABELS } from "./wording";

// Pure decisions for assigning and reassigning (R6, R7, R9, R11), kept apart from the write so the
// list can show the same answer as the action and unit tests need no database.

export const APPROVED_STATUSES = [
  "CUSTOMER_APPROVED",
  "MICROSOFT_AUTO_APPROVED",
] as const satisfies ReferenceStatus[];

export const ASSIGN_MESSAGES = {
  notApproved: (status: ReferenceStatus) =>
    `Only approved references can be assigned to a competency. This request is ${STATUS_LABELS[status]}.`,
  sameCompetency: (name: string) => `This reference is already assigned to ${name}.`,
  notEligible: (projectType: string, competency: string, accepted: string[]) =>
    `This reference's project type (${projectTypeLabel(projectType)}) is not eligible for ${competency}. ${competency} accepts: ${inCatalogOrder(accepted).map(projectTypeLabel).join(", ")}.`,
  conflict: "This reference was just assigned by someone else. Reload to see its current competency.",
  unknownCompetency: "Choose a competency from the list.",
  retired: (name: string) => `${name} is retired and takes no new references.`,
} as const;

// The database returns a competency's types in no particular order; name them as the catalog does.
function inCatalogOrder(types: string[]): string[] {
  const rank = (t: string) => {
    const i = (PROJECT_TYPE_KEYS as readonly string[]).indexOf(t);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...types].sort((a, b) => rank(a) - rank(b));
}

export function isApproved(status: ReferenceStatus): boolean {
  return (APPROVED_STATUSES as readonly ReferenceStatus[]).includes(status);
}

export interface AssignTarget {
  partnerId: string;
  locationId: string;
  status: ReferenceStatus;
  projectType: string;
  competencyId: string | null;
}

export interface CompetencyChoice {
  id: string;
  name: string;
  projectTypes: string[];
  /** Retired competencies keep their references but take no new ones. */
  retiredAt?: Date | null;
}

/** R6 then R7, R11 (same competency) and R9 — in the order a person can act on them. */
export function decideAssign(
  actor: Actor,
  reference: AssignTarget,
  competency: CompetencyChoice,
): Refusal | null {
  if (!canAssign(actor, reference)) return refuse("FORBIDDEN_ASSIGN", MESSAGES.assignForbidden);
  if (!isApproved(reference.status))
    return refuse("NOT_APPROVED", ASSIGN_MESSAGES.notApproved(reference.status));
  if (reference.competencyId === competency.id) {
    return refuse("SAME_COMPETENCY", ASSIGN_MESSAGES.sameCompetency(competency.name));
  }
  if (competency.retiredAt) return refuse("NOT_ELIGIBLE", ASSIGN_MESSAGES.retired(competency.name));
  if (!competency.projectTypes.includes(reference.projectType)) {
    return refuse(
      "NOT_ELIGIBLE",
      ASSIGN_MESSAGES.notEligible(reference.projectType, competency.name, competency.projectTypes),
    );
  }
  return null;
}
