import "server-only";
import { cache } from "react";
import { getDb } from "../db/client";
import { PROJECT_TYPE_KEYS } from "./project-types";

export interface CatalogEntry {
  id: string;
  name: string;
  silverRequired: number;
  goldRequired: number;
  /** R19: months an approval counts after its decision. */
  countingMonths: number;
  /** In catalog order (project-types.ts). */
  projectTypes: string[];
  retiredAt: Date | null;
}

const rank = (t: string) => (PROJECT_TYPE_KEYS as readonly string[]).indexOf(t);

/**
 * Every competency with its requirements: the "competency requirements" everyone may read. One
 * statement (the types aggregated per competency), memoised per request: the competencies page
 * reads it for its cards and for its requirements table.
 */
export const competencyCatalog = cache(async function competencyCatalog(): Promise<CatalogEntry[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<CatalogEntry[]>`
    SELECT c.id, c.name, c."silverRequired", c."goldRequired", c."countingMonths", c."retiredAt",
      coalesce(array_agg(t."projectType") FILTER (WHERE t."projectType" IS NOT NULL), '{}') AS "projectTypes"
    FROM "Competency" c
    LEFT JOIN "CompetencyProjectType" t ON t."competencyId" = c.id
    GROUP BY c.id
    ORDER BY c.name`;
  return rows.map((c) => ({ ...c, projectTypes: c.projectTypes.sort((a, b) => rank(a) - rank(b)) }));
});
