import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { APPROVED_STATUSES } from "../references/assign-rules";
import { groupByCompetency, levelStatus } from "./levels";

export interface CompetencyProgressRow {
  id: string;
  name: string;
  silverRequired: number;
  goldRequired: number;
  count: number;
  silverMet: boolean;
  goldMet: boolean;
  references: { id: string; customerCompany: string; projectTitle: string }[];
}

/**
 * R10 per competency for one partner: partner users always see their own partner (a partnerId they
 * pass is ignored); agents must say which partner.
 */
export async function competencyProgress(options: {
  actor: Actor;
  partnerId?: string;
}): Promise<CompetencyProgressRow[]> {
  const { actor } = options;
  const partnerId = actor.kind === "agent" ? options.partnerId : actor.partnerId;
  if (!partnerId) throw new Error("competencyProgress: an agent must pass partnerId");
  const db = await getDb();
  const [competencies, references] = await Promise.all([
    db.competency.findMany({
      select: { id: true, name: true, silverRequired: true, goldRequired: true },
      orderBy: { name: "asc" },
    }),
    db.referenceRequest.findMany({
      where: { partnerId, status: { in: [...APPROVED_STATUSES] }, competencyId: { not: null } },
      select: { id: true, customerCompany: true, projectTitle: true, competencyId: true },
      orderBy: [{ customerCompany: "asc" }, { id: "asc" }],
    }),
  ]);
  const groups = groupByCompetency(references);
  return competencies.map((c) => {
    const assigned = groups.get(c.id) ?? [];
    return {
      ...c,
      ...levelStatus(assigned.length, c),
      references: assigned.map(({ id, customerCompany, projectTitle }) => ({
        id,
        customerCompany,
        projectTitle,
      })),
    };
  });
}
