import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { APPROVED_STATUSES } from "../references/assign-rules";
import { competencyCatalog } from "./catalog-queries";
import { countsAt, forecastLevel, type LevelForecast } from "./counting";
import { COUNTS_UNTIL, countingAt } from "./counting-sql";
import { groupByCompetency, levelStatus } from "./levels";

export interface CompetencyProgressRow {
  id: string;
  name: string;
  silverRequired: number;
  goldRequired: number;
  countingMonths: number;
  /** R10 with R19: the approved references assigned to it that count today. */
  count: number;
  silverMet: boolean;
  goldMet: boolean;
  /** R19: per level, whether it is held and when it lapses if nothing new is approved. */
  levels: [LevelForecast, LevelForecast];
  /** The first PREVIEW_SIZE by customer name, with when each stops (or stopped) counting. */
  references: {
    id: string;
    customerCompany: string;
    projectTitle: string;
    countsUntil: Date;
    counts: boolean;
  }[];
}

export const PREVIEW_SIZE = 5;

type PreviewRow = {
  competencyId: string;
  id: string;
  customerCompany: string;
  projectTitle: string;
  countsUntil: Date;
};
type CountRow = { competencyId: string; count: number; stops: Date[] | null };

/**
 * R10 and R19 per competency for one partner: partner users always see their own partner (a
 * partnerId they pass is ignored); agents must say which partner. `now` decides what still counts.
 */
export async function competencyProgress(options: {
  actor: Actor;
  partnerId?: string;
  now: Date;
}): Promise<CompetencyProgressRow[]> {
  const { actor, now } = options;
  const partnerId = actor.kind === "agent" ? options.partnerId : actor.partnerId;
  if (!partnerId) throw new Error("competencyProgress: an agent must pass partnerId");
  const db = await getDb();
  const approved = [...APPROVED_STATUSES] as string[];
  const [competencies, counted, previews] = await Promise.all([
    competencyCatalog(),
    // Per competency, one range of the counting index: how many count now, and the latest stop
    // dates (as many as the gold count) for the lapse forecast.
    db.$queryRaw<CountRow[]>`
      SELECT c.id AS "competencyId", k.count, s.stops
      FROM "Competency" c
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS count FROM "ReferenceRequest" r
        WHERE r."partnerId" = ${partnerId} AND r."competencyId" = c.id AND ${countingAt(now)}) k
      CROSS JOIN LATERAL (
        SELECT array_agg(t.until ORDER BY t.until DESC) AS stops FROM (
          SELECT ${COUNTS_UNTIL} AS until FROM "ReferenceRequest" r
          WHERE r."partnerId" = ${partnerId} AND r."competencyId" = c.id AND ${countingAt(now)}
          ORDER BY r."decidedAt" DESC
          LIMIT c."goldRequired") t) s
      WHERE k.count > 0`,
    // The first few per competency, each an index range of at most PREVIEW_SIZE rows.
    db.$queryRaw<PreviewRow[]>`
      SELECT c.id AS "competencyId", r.id, r."customerCompany", r."projectTitle", r."countsUntil"
      FROM "Competency" c
      CROSS JOIN LATERAL (
        SELECT r.id, r."customerCompany", r."projectTitle", ${COUNTS_UNTIL} AS "countsUntil"
        FROM "ReferenceRequest" r
        WHERE r."partnerId" = ${partnerId} AND r."competencyId" = c.id AND r.status::text = ANY(${approved})
        ORDER BY r."customerCompany", r.id
        LIMIT ${PREVIEW_SIZE}) r`,
  ]);
  const counts = new Map(counted.map((row) => [row.competencyId, row]));
  const groups = groupByCompetency(previews);
  return competencies.map((c) => {
    const row = counts.get(c.id);
    const count = row?.count ?? 0;
    const stops = (row?.stops ?? []).map((d) => new Date(d));
    return {
      id: c.id,
      name: c.name,
      silverRequired: c.silverRequired,
      goldRequired: c.goldRequired,
      countingMonths: c.countingMonths,
      ...levelStatus(count, c),
      levels: [
        forecastLevel("silver", c.silverRequired, count, stops),
        forecastLevel("gold", c.goldRequired, count, stops),
      ],
      references: (groups.get(c.id) ?? []).map(({ id, customerCompany, projectTitle, countsUntil }) => ({
        id,
        customerCompany,
        projectTitle,
        countsUntil,
        counts: countsAt(countsUntil, now),
      })),
    };
  });
}
