import "server-only";
import { deleteInBatches } from "../db/batches";
import { getDb } from "../db/client";

// Housekeeping of the scheduled run: delivered email is kept 30 days (to, subject, template,
// times, Message-ID — the body of a secret-carrying one is already gone), expired sign-in links
// are deleted. Bounded batches, so one run never holds a long lock or scans without limit.

export const KEEP_DELIVERED_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

export type PurgeReport = { deliveredEmails: number; expiredSignInTokens: number };

export async function purgeOldEmailData(options: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
}): Promise<PurgeReport> {
  const bounds = { batchSize: options.batchSize ?? 1000, maxBatches: options.maxBatches ?? 20 };
  const db = await getDb();
  const cutoff = new Date(options.now.getTime() - KEEP_DELIVERED_DAYS * DAY_MS);
  const deliveredEmails = await deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "OutboxEmail" WHERE id IN (
        SELECT id FROM "OutboxEmail" WHERE status = 'SENT' AND "createdAt" < ${cutoff}
          AND "sentAt" < ${cutoff}
        ORDER BY "createdAt" LIMIT ${limit})`,
    bounds,
  );
  const expiredSignInTokens = await deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "VerificationToken" WHERE token IN (
        SELECT token FROM "VerificationToken" WHERE expires < ${options.now} ORDER BY expires LIMIT ${limit})`,
    bounds,
  );
  return { deliveredEmails, expiredSignInTokens };
}
