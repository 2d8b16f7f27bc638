import "server-only";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { describeFailure, isServerUnavailable, type Mailer, type OutgoingEmail, openMailer } from "./mailer";
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "./retry";

// R15: an email is a row written in the transaction of the change that causes it; delivery
// happens afterwards, so an SMTP outage delays mail but can neither lose it nor undo the change.

/** Writes the email in the caller's transaction: it exists exactly when the change commits. */
export async function queueEmail(tx: Prisma.TransactionClient, email: OutgoingEmail & { now?: Date }) {
  const { now, ...content } = email;
  await tx.outboxEmail.create({
    data: { ...content, ...(now ? { createdAt: now, nextAttemptAt: now } : {}) },
  });
}

export type DeliveryReport = {
  sent: number;
  failed: number;
  retried: number;
  /** Due emails left PENDING because no SMTP server is configured (they show in the dev mailbox). */
  waiting: number;
  smtpConfigured: boolean;
};

type Claimed = OutgoingEmail & { id: string; attempts: number };

/**
 * Claims due emails by moving their next attempt to a lease time in one statement
 * (FOR UPDATE SKIP LOCKED), then sends them outside any transaction: an overlapping run sees
 * them as not due and skips them, so each email is sent once.
 */
export async function deliverDueEmails(options: {
  now: Date;
  batchSize?: number;
  maxBatches?: number;
  smtpUrl?: string;
}): Promise<DeliveryReport> {
  const { now, batchSize = 25, maxBatches = 10 } = options;
  const db = await getDb();
  const mailer = openMailer(options.smtpUrl);
  const report: DeliveryReport = {
    sent: 0,
    failed: 0,
    retried: 0,
    waiting: 0,
    smtpConfigured: mailer !== null,
  };
  if (!mailer) {
    report.waiting = await db.outboxEmail.count({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
    });
    return report;
  }
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  // Stop well inside the lease, so no claimed email can be claimed again while we still hold it.
  const stopAt = performance.now() + CLAIM_LEASE_MS / 2;
  try {
    for (let batch = 0; batch < maxBatches; batch++) {
      const claimed = await claim(now, lease, batchSize);
      for (const [i, email] of claimed.entries()) {
        const rest = claimed.slice(i + 1).map((e) => e.id);
        if (performance.now() > stopAt) {
          await release([email.id, ...rest], lease, now);
          return report;
        }
        const unavailable = await deliverOne(mailer, email, now, lease, report);
        if (unavailable) {
          // The server is down: the others would fail the same way; try them with this one.
          await release(rest, lease, new Date(now.getTime() + retryDelayMs(email.attempts + 1)));
          return report;
        }
      }
      if (claimed.length < batchSize) break;
    }
  } finally {
    mailer.close();
  }
  return report;
}

async function claim(now: Date, lease: Date, batchSize: number): Promise<Claimed[]> {
  const db = await getDb();
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxEmail" SET "nextAttemptAt" = ${lease}
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "to", subject, html, text, attempts`;
}

/** Gives claimed but untried emails back, due at `at`; they keep their attempt count. */
async function release(ids: string[], lease: Date, at: Date) {
  if (ids.length === 0) return;
  const db = await getDb();
  await db.outboxEmail.updateMany({
    where: { id: { in: ids }, nextAttemptAt: lease },
    data: { nextAttemptAt: at },
  });
}

/** Sends one claimed email and settles its row; true when the SMTP server itself is unavailable. */
async function deliverOne(mailer: Mailer, email: Claimed, now: Date, lease: Date, report: DeliveryReport) {
  const db = await getDb();
  // Only the run holding the lease may settle the row.
  const mine = { id: email.id, status: "PENDING" as const, nextAttemptAt: lease };
  const attempts = email.attempts + 1;
  try {
    await mailer.send({ to: email.to, subject: email.subject, html: email.html, text: email.text });
  } catch (error) {
    const giveUp = attempts >= MAX_ATTEMPTS;
    const next = giveUp
      ? { status: "FAILED" as const }
      : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
    await db.outboxEmail.updateMany({
      where: mine,
      data: { attempts, lastError: describeFailure(error), ...next },
    });
    report[giveUp ? "failed" : "retried"]++;
    return isServerUnavailable(error);
  }
  await db.outboxEmail.updateMany({
    where: mine,
    data: { status: "SENT", sentAt: now, attempts, lastError: null },
  });
  report.sent++;
  return false;
}

/** One email of the outbox, for the development mailbox's detail page. */
export async function getEmail(id: string) {
  const db = await getDb();
  return db.outboxEmail.findUnique({ where: { id } });
}

/** The newest emails of the outbox, optionally to one address, for the development mailbox page. */
export async function listRecentEmails(options: { limit?: number; to?: string } = {}) {
  const db = await getDb();
  return db.outboxEmail.findMany({
    where: options.to ? { to: options.to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 200),
  });
}
