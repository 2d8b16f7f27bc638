import "server-only";
import type { Actor } from "../auth/actor";
import { type CompetencyOption, competenciesForProjectType } from "../competencies/eligible";
import { getDb } from "../db/client";
import type { ActorKind, ReferenceEventType } from "../db/generated/enums";
import { ok, type Result, refuse } from "../result";
import { listRowSelect, type ReferenceRow, toReferenceRow } from "./list-row";
import { type ServiceCenterOptions, serviceCenterOptions } from "./service-center-options";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

export interface ReferenceHistoryEntry {
  id: string;
  type: ReferenceEventType;
  actorKind: ActorKind;
  actorLabel: string;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: Date;
}

export interface ReferenceDetail extends ReferenceRow {
  projectDescription: string;
  completedOn: Date;
  createdAt: Date;
  /** R14, oldest first. */
  history: ReferenceHistoryEntry[];
  /** R9: what the Assign/Reassign drop-down offers. */
  eligibleCompetencies: CompetencyOption[];
  /** R6, R12: cancel, or ask the Regional Service Center. */
  serviceCenter: ServiceCenterOptions;
}

export async function getReferenceDetail(options: {
  actor: Actor;
  referenceId: string;
  now: Date;
}): Promise<Result<ReferenceDetail>> {
  const { actor, referenceId, now } = options;
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const db = await getDb();
  const record = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    select: {
      ...listRowSelect,
      projectDescription: true,
      completedOn: true,
      createdAt: true,
      events: {
        select: {
          id: true,
          type: true,
          actorKind: true,
          actorLabel: true,
          before: true,
          after: true,
          note: true,
          createdAt: true,
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!record) return refuse("NOT_FOUND", MESSAGES.notFound);
  const { projectDescription, completedOn, createdAt, events, ...row } = record;
  const reference = toReferenceRow(actor, { ...row, createdAt }, now);
  return ok({
    ...reference,
    serviceCenter: serviceCenterOptions(actor, reference),
    projectDescription,
    completedOn,
    createdAt,
    history: events,
    eligibleCompetencies: await competenciesForProjectType(record.projectType),
  });
}
