import "server-only";
import { getDb } from "../db/client";

/** Every competency of the program, by name: the same list for every partner. */
export async function allCompetencies(): Promise<{ id: string; name: string }[]> {
  const db = await getDb();
  return db.competency.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
