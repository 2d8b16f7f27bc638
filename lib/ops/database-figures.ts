import "server-only";
import { getDb } from "../db/client";
import { countStillDue } from "../references/auto-approve";
import type { DatabaseFigures } from "./metrics";

// What the database-read gauges show, read at most every 15 s per instance: several instances
// scraped every 15 s cost a few indexed lookups a minute.

export const FIGURES_MAX_AGE_MS = 15_000;
const g = globalThis as unknown as { __prcFigures?: { at: number; figures: Promise<DatabaseFigures> } };

async function read(now: Date): Promise<DatabaseFigures> {
  const db = await getDb();
  const dueWebhooks = { status: "PENDING" as const, nextAttemptAt: { lte: now } };
  const [due, oldest, autoApprovalDue, webhooksDue, oldestWebhook] = await Promise.all([
    db.outboxEmail.count({ where: { status: "PENDING", nextAttemptAt: { lte: now } } }),
    db.outboxEmail.findFirst({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true },
    }),
    countStillDue({ now }),
    db.webhookMessage.count({ where: dueWebhooks }),
    db.webhookMessage.findFirst({
      where: dueWebhooks,
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true },
    }),
  ]);
  const age = (at: Date | undefined) =>
    at ? Math.max(0, Math.floor((now.getTime() - at.getTime()) / 1000)) : 0;
  return {
    outboxDue: due,
    oldestDueAgeSeconds: age(oldest?.nextAttemptAt),
    autoApprovalDue,
    webhooksDue,
    webhooksOldestDueAgeSeconds: age(oldestWebhook?.nextAttemptAt),
  };
}

export function databaseFigures(now: Date = new Date()): Promise<DatabaseFigures> {
  const cached = g.__prcFigures;
  if (cached && Math.abs(now.getTime() - cached.at) < FIGURES_MAX_AGE_MS) return cached.figures;
  const figures = read(now).catch((error) => {
    g.__prcFigures = undefined; // the next scrape tries again
    throw error;
  });
  g.__prcFigures = { at: now.getTime(), figures };
  return figures;
}
