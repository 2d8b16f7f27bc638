import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { competencyProgress } from "@/lib/competencies/progress";
import { creatableLocations } from "@/lib/partners/queries";

// The drop-down options of the Reference List filters, from lib reads only.
// TODO(lead): lib has no "locations this actor may see" read; until it does, the location filter
// offers the locations the actor administers (all of them for a Global Administrator).
export async function listFilterOptions(actor: Actor) {
  const [locations, competencies] = await Promise.all([
    creatableLocations(actor),
    actor.kind === "agent" ? Promise.resolve([]) : competencyProgress({ actor }),
  ]);
  return { locations, competencies: competencies.map((c) => ({ id: c.id, name: c.name })) };
}
