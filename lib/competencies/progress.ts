import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { APPROVED_STATUSES } from "../references/assign-rules";
import { competencyCatalog } from "./catalog-queries";
import { groupByCompetency, levelStatus } from "./levels";

export interface CompetencyProgressRow {
  id: string;
  name: string;
  silverRequired: number;
  goldRequired: number;
  count: number;
  silverMet: boolean;
  goldMet: boolean;
  /** The first PREVIEW_SIZE by customer name; the Reference List filtered to it has them all. */
  references: { id: string; customerCompany: string; projectTitle: string }[];
}

export const PREVIEW_SIZE = 5;

type PreviewRow = { competencyId: string; id: string; customerCompany: string; projectTitle: string };

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
  const approved = [...APPROVED_STATUSES] as string[];
  const [competencies, counted, previews] = await Promise.all([
    competencyCatalog(),
    // The counts come from the trigger-kept counters (decision 060), not from the rows.
    db.referenceCount.groupBy({
      by: ["competencyId"],
      where: { partnerId, status: { in: [...APPROVED_STATUSES] }, competencyId: { not: "" } },
      _sum: { count: true },
    }),
    // The first few per competency, each an index range of at most PREVIEW_SIZE rows.
    db.$queryRaw<PreviewRow[]>`
      SELECT c.id AS "competencyId", r.id, r."customerCompany", r."projectTitle"
      FROM "Competency" c
      CROSS JOIN LATERAL (
        SELECT id, "customerCompany", "projectTitle" FROM "ReferenceRequest"
        WHERE "partnerId" = ${partnerId} AND "competencyId" = c.id AND status::text = ANY(${approved})
        ORDER BY "customerCompany", id
        LIMIT ${PREVIEW_SIZE}) r`,
  ]);
  const counts = new Map(counted.map((g) => [g.competencyId, g._sum.count ?? 0]));
  const groups = groupByCompetency(previews);
  return competencies.map((c) => ({
    id: c.id,
    name: c.name,
    silverRequired: c.silverRequired,
    goldRequired: c.goldRequired,
    ...levelStatus(counts.get(c.id) ?? 0, c),
    references: (groups.get(c.id) ?? []).map(({ id, customerCompany, projectTitle }) => ({
      id,
      customerCompany,
      projectTitle,
    })),
  }));
}
