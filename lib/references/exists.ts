import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { isPlausibleId, visibleReferenceWhere } from "./visible";

/** Whether this actor can see this request: one indexed look-up, for answering 404 before rendering. */
export async function referenceExists({ actor, referenceId }: { actor: Actor; referenceId: string }) {
  if (!isPlausibleId(referenceId)) return false;
  const db = await getDb();
  const found = await db.referenceRequest.findFirst({
    where: visibleReferenceWhere(actor, referenceId),
    select: { id: true },
  });
  return found !== null;
}
