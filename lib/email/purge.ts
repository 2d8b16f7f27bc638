import "server-only";
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
  const { now, batchSize = 1000, maxBatches = 20 } = options;
  const db = await getDb();
  const cutoff = new Date(now.getTime() - KEEP_DELIVERED_DAYS * DAY_MS);
  const report: PurgeReport = { deliveredEmails: 0, expiredSignInTokens: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const deleted = await db.$executeRaw`
      DELETE FROM "OutboxEmail" WHERE id IN (
        SELECT id FROM "OutboxEmail" WHERE status = 'SENT' AND "createdAt" < ${cutoff}
          AND "sentAt" < ${cutoff}
        ORDER BY "createdAt" LIMIT ${batchSize})`;
    report.deliveredEmails += deleted;
    if (deleted < batchSize) break;
  }
  for (let i = 0; i < maxBatches; i++) {
    const deleted = await db.$executeRaw`
      DELETE FROM "VerificationToken" WHERE token IN (
        SELECT token FROM "VerificationToken" WHERE expires < ${now} ORDER BY expires LIMIT ${batchSize})`;
    report.expiredSignInTokens += deleted;
    if (deleted < batchSize) break;
  }
  return report;
}
