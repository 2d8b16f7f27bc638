import "server-only";
import type { Actor } from "../auth/actor";
import { competencyProgress } from "../competencies/progress";
import type { ApiCompetency } from "./contract";

// GET /api/v1/competencies: the catalog with the partner's progress (R10, R19), as the page shows it.
export async function apiListCompetencies(options: { actor: Actor; now: Date }): Promise<ApiCompetency[]> {
  const rows = await competencyProgress({ actor: options.actor, now: options.now });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    countingMonths: r.countingMonths,
    count: r.count,
    levels: r.levels.map((l) => ({
      level: l.level,
      required: l.required,
      held: l.held,
      lapsesOn: l.lapsesOn?.toISOString() ?? null,
    })),
  }));
}
