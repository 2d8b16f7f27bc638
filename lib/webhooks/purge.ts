import "server-only";
import { getDb } from "../db/client";

// Housekeeping of the scheduled run: the delivery log keeps the last 50 attempts per endpoint (what
// the settings page shows), and settled messages — their bodies already emptied — go after 30 days.
// Bounded batches, so one run never holds a long lock.

export const LOG_ATTEMPTS_KEPT = 50;
const KEEP_SETTLED_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

export type WebhookPurgeReport = { attempts: number; messages: number };

export async function purgeWebhookData(options: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
}): Promise<WebhookPurgeReport> {
  const { now, batchSize = 1000, maxBatches = 20 } = options;
  const db = await getDb();
  const cutoff = new Date(now.getTime() - KEEP_SETTLED_DAYS * DAY_MS);
  const report: WebhookPurgeReport = { attempts: 0, messages: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const deleted = await db.$executeRaw`
      DELETE FROM "WebhookAttempt" WHERE id IN (
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY "endpointId" ORDER BY "attemptedAt" DESC, id DESC) AS n
          FROM "WebhookAttempt") ranked
        WHERE n > ${LOG_ATTEMPTS_KEPT} LIMIT ${batchSize})`;
    report.attempts += deleted;
    if (deleted < batchSize) break;
  }
  for (let i = 0; i < maxBatches; i++) {
    const deleted = await db.$executeRaw`
      DELETE FROM "WebhookMessage" WHERE id IN (
        SELECT id FROM "WebhookMessage" WHERE status <> 'PENDING' AND "createdAt" < ${cutoff}
        ORDER BY "createdAt" LIMIT ${batchSize})`;
    report.messages += deleted;
    if (deleted < batchSize) break;
  }
  return report;
}
