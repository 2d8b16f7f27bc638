import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";

// Claiming moves a message's next attempt to the lease time in one statement (FOR UPDATE SKIP
// LOCKED): an overlapping run sees it as not due and skips it, so each try is made once. A message
// waits while an earlier one (lower sequence) of the same reference is pending for the same
// endpoint, so a receiver gets one reference's events in order; a disabled endpoint's messages wait.

export type ClaimedMessage = {
  id: string;
  eventId: string;
  endpointId: string;
  type: string;
  body: string;
  attempts: number;
  url: string;
  secretCipher: string;
};

const due = (now: Date) => Prisma.sql`
  m.status = 'PENDING' AND m."nextAttemptAt" <= ${now}
  AND EXISTS (SELECT 1 FROM "WebhookEndpoint" e WHERE e.id = m."endpointId" AND e.enabled)
  AND NOT EXISTS (
    SELECT 1 FROM "WebhookMessage" p
    WHERE p."endpointId" = m."endpointId" AND p."referenceId" = m."referenceId"
      AND p.sequence < m.sequence AND p.status = 'PENDING')`;

async function claim(now: Date, lease: Date, which: Prisma.Sql, limit: number): Promise<ClaimedMessage[]> {
  const db = await getDb();
  return db.$queryRaw<ClaimedMessage[]>`
    WITH claimed AS (
      UPDATE "WebhookMessage" SET "nextAttemptAt" = ${lease}
      WHERE id IN (
        SELECT m.id FROM "WebhookMessage" m
        WHERE ${due(now)} ${which}
        ORDER BY m."nextAttemptAt", m.sequence, m.id
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, "eventId", "endpointId", type, body, attempts)
    SELECT c.*, e.url, e."secretCipher" FROM claimed c JOIN "WebhookEndpoint" e ON e.id = c."endpointId"`;
}

/** Claims up to `limit` due messages, oldest due first. */
export const claimDueMessages = (now: Date, lease: Date, limit: number) =>
  claim(now, lease, Prisma.empty, limit);

/** Claims the given messages if they are still due (the at-once path after the queuing commit). */
export function claimMessages(ids: string[], now: Date, lease: Date): Promise<ClaimedMessage[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return claim(now, lease, Prisma.sql`AND m.id IN (${Prisma.join(ids)})`, ids.length);
}

/** How many of these ids exist (committed and visible to us). */
export async function countVisibleMessages(ids: string[]): Promise<number> {
  const db = await getDb();
  return db.webhookMessage.count({ where: { id: { in: ids } } });
}

/** Gives claimed but untried messages back, due at once; their counters do not change. */
export async function releaseMessages(ids: string[], lease: Date, at: Date): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await db.webhookMessage.updateMany({
    where: { id: { in: ids }, status: "PENDING", nextAttemptAt: lease },
    data: { nextAttemptAt: at },
  });
}
