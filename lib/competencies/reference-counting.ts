import "server-only";
import { getDb } from "../db/client";
import { countsAt } from "./counting";
import { COUNTS_UNTIL } from "./counting-sql";

export type ReferenceCounting = { competencyName: string; countsUntil: Date; counts: boolean };

/** R19 for one reference's page: until when its approval counts toward its competency (null when it does not count at all). */
export async function referenceCounting(referenceId: string, now: Date): Promise<ReferenceCounting | null> {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ competencyName: string; countsUntil: Date }[]>`
    SELECT c.name AS "competencyName", ${COUNTS_UNTIL} AS "countsUntil"
    FROM "ReferenceRequest" r JOIN "Competency" c ON c.id = r."competencyId"
    WHERE r.id = ${referenceId} AND r.status IN ('CUSTOMER_APPROVED', 'MICROSOFT_AUTO_APPROVED')
      AND r."decidedAt" IS NOT NULL`;
  return row ? { ...row, counts: countsAt(row.countsUntil, now) } : null;
}
