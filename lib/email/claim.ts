import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";

// Claiming moves an email's next attempt to the lease time in one statement (FOR UPDATE SKIP
// LOCKED): an overlapping run sees it as not due and skips it, so each email is sent once.

export type Claimed = {
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attempts: number;
  rejections: number;
};

/** Claims up to `limit` due emails, oldest due first. */
export async function claimDue(now: Date, lease: Date, limit: number): Promise<Claimed[]> {
  const db = await getDb();
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${lease}
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attempts, rejections`;
}

/** Claims the given emails if they are still due (the at-once path after the queuing commit). */
export async function claimIds(ids: string[], now: Date, lease: Date): Promise<Claimed[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${lease}
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE id IN (${Prisma.join(ids)}) AND status = 'PENDING' AND "nextAttemptAt" <= ${now}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attempts, rejections`;
}

/** How many of these ids exist (committed and visible to us). */
export async function countExisting(ids: string[]): Promise<number> {
  const db = await getDb();
  return db.outboxEmail.count({ where: { id: { in: ids } } });
}

/** Gives claimed but untried emails back, due at `at`; their counters do not change. */
export async function release(ids: string[], lease: Date, at: Date): Promise<void> {
  if (ids.length === 0) return;
  const db = await getDb();
  await db.outboxEmail.updateMany({
    where: { id: { in: ids }, status: "PENDING", nextAttemptAt: lease },
    data: { nextAttemptAt: at },
  });
}
