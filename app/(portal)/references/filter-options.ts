import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { allCompetencies } from "@/lib/competencies/list";
import { visibleLocations } from "@/lib/partners/queries";

// The drop-down options of the Reference List filters.
export async function listFilterOptions(actor: Actor, partnerId?: string) {
  const [locations, competencies] = await Promise.all([
    visibleLocations(actor, partnerId),
    allCompetencies(),
  ]);
  return { locations, competencies };
}
