import "server-only";
import { getDb } from "../db/client";
import { PROJECT_TYPE_KEYS } from "./project-types";

export interface CatalogEntry {
  id: string;
  name: string;
  silverRequired: number;
  goldRequired: number;
  /** In catalog order (project-types.ts). */
  projectTypes: string[];
  retiredAt: Date | null;
}

const rank = (t: string) => (PROJECT_TYPE_KEYS as readonly string[]).indexOf(t);

/** Every competency with its requirements: the "competency requirements" everyone may read. */
export async function competencyCatalog(): Promise<CatalogEntry[]> {
  const db = await getDb();
  const rows = await db.competency.findMany({
    include: { projectTypes: { select: { projectType: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    silverRequired: c.silverRequired,
    goldRequired: c.goldRequired,
    projectTypes: c.projectTypes.map((p) => p.projectType).sort((a, b) => rank(a) - rank(b)),
    retiredAt: c.retiredAt,
  }));
}
