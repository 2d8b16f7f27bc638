import "server-only";
import { deleteInBatches } from "../db/batches";
import { getDb } from "../db/client";

// Housekeeping of the scheduled run: the delivery log keeps the last 50 attempts per endpoint (what
// the settings page shows), and settled messages — their bodies already emptied — go after 30 days.

export const LOG_ATTEMPTS_KEPT = 50;
const KEEP_SETTLED_DAYS = 30;
const DAY_MS = 24 * 60 * 60_000;

export type WebhookPurgeReport = { attempts: number; messages: number };

export async function purgeWebhookData(options: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
}): Promise<WebhookPurgeReport> {
  const bounds = { batchSize: options.batchSize ?? 1000, maxBatches: options.maxBatches ?? 20 };
  const db = await getDb();
  const cutoff = new Date(options.now.getTime() - KEEP_SETTLED_DAYS * DAY_MS);
  const attempts = await deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "WebhookAttempt" WHERE id IN (
        SELECT id FROM (
          SELECT id, row_number() OVER (PARTITION BY "endpointId" ORDER BY "attemptedAt" DESC, id DESC) AS n
          FROM "WebhookAttempt") ranked
        WHERE n > ${LOG_ATTEMPTS_KEPT} LIMIT ${limit})`,
    bounds,
  );
  const messages = await deleteInBatches(
    (limit) => db.$executeRaw`
      DELETE FROM "WebhookMessage" WHERE id IN (
        SELECT id FROM "WebhookMessage" WHERE status <> 'PENDING' AND "createdAt" < ${cutoff}
        ORDER BY "createdAt" LIMIT ${limit})`,
    bounds,
  );
  return { attempts, messages };
}
