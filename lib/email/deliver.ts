import "server-only";
import { getDb } from "../db/client";
import { type Claimed, claimDue, claimIds, release } from "./claim";
import { isServerUnavailable, type Mailer, MESSAGES_IN_FLIGHT, messageIdFor, openMailer } from "./mailer";
import { CLAIM_LEASE_MS, DELIVERY_BUDGET_MS, retryDelayMs } from "./retry";
import { settleFailure, settleSent } from "./settle";

// R15: delivery happens after the change has committed, outside any transaction. A run is bounded
// by time, not by a count: it claims batches until its budget is spent, keeping several messages
// in flight on a pooled connection.

export type DeliveryReport = {
  sent: number;
  /** Emails that reached their last permanent rejection in this run. */
  failed: number;
  /** Emails that failed in this run and wait for a later try (transient, or rejected but not yet FAILED). */
  retried: number;
  /** Due emails left PENDING because no SMTP server is configured (they show in the dev mailbox). */
  waiting: number;
  smtpConfigured: boolean;
};

export type DeliveryOptions = {
  now: Date;
  smtpUrl?: string;
  /** Emails claimed at a time. */
  batchSize?: number;
  /** Stop claiming after this long (wall-clock ms). */
  budgetMs?: number;
};

const emptyReport = (smtpConfigured: boolean): DeliveryReport => ({
  sent: 0,
  failed: 0,
  retried: 0,
  waiting: 0,
  smtpConfigured,
});

/** The scheduled sweep: delivers every due email it can within its time budget. */
export async function deliverDueEmails(options: DeliveryOptions): Promise<DeliveryReport> {
  const { now, batchSize = 100, budgetMs = DELIVERY_BUDGET_MS } = options;
  const mailer = openMailer(options.smtpUrl);
  const report = emptyReport(mailer !== null);
  if (!mailer) {
    const db = await getDb();
    report.waiting = await db.outboxEmail.count({
      where: { status: "PENDING", nextAttemptAt: { lte: now } },
    });
    return report;
  }
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  const stopAt = performance.now() + Math.min(budgetMs, CLAIM_LEASE_MS / 2);
  try {
    while (performance.now() < stopAt) {
      const claimed = await claimDue(now, lease, batchSize);
      const { serverDown } = await sendClaimed(mailer, claimed, { now, lease, stopAt, report });
      if (serverDown || claimed.length < batchSize) break;
    }
  } finally {
    mailer.close();
  }
  return report;
}

/** Delivers just these emails if they are still due: the at-once path right after a commit. */
export async function deliverEmailsNow(
  ids: string[],
  options: { now: Date; smtpUrl?: string },
): Promise<DeliveryReport> {
  const mailer = openMailer(options.smtpUrl);
  const report = emptyReport(mailer !== null);
  if (!mailer || ids.length === 0) return report;
  const lease = new Date(options.now.getTime() + CLAIM_LEASE_MS);
  try {
    const claimed = await claimIds(ids, options.now, lease);
    const stopAt = performance.now() + DELIVERY_BUDGET_MS;
    await sendClaimed(mailer, claimed, { now: options.now, lease, stopAt, report });
  } finally {
    mailer.close();
  }
  return report;
}

type Run = { now: Date; lease: Date; stopAt: number; report: DeliveryReport };

/**
 * Sends claimed emails, MESSAGES_IN_FLIGHT at a time. The first goes alone as a probe: when the
 * server is down, one try is spent and the rest are given back untried rather than all timing out.
 */
async function sendClaimed(mailer: Mailer, claimed: Claimed[], run: Run): Promise<{ serverDown: boolean }> {
  if (claimed.length === 0) return { serverDown: false };
  const sent: string[] = [];
  let serverDown = false;
  let next = 0;
  const sendOne = async (email: Claimed) => {
    try {
      await mailer.send({ ...pick(email), messageId: messageIdFor(email.id) });
      sent.push(email.id);
    } catch (error) {
      run.report[await settleFailure(email, error, run.now, run.lease)]++;
      if (isServerUnavailable(error)) serverDown = true;
    }
  };
  const worker = async () => {
    while (next < claimed.length && !serverDown && performance.now() < run.stopAt) {
      await sendOne(claimed[next++]!);
    }
  };
  await sendOne(claimed[next++]!);
  if (!serverDown) await Promise.all(Array.from({ length: MESSAGES_IN_FLIGHT }, worker));
  run.report.sent += await settleSent(sent, run.now, run.lease);
  const untried = claimed.slice(next).map((e) => e.id);
  const retryAt = serverDown ? new Date(run.now.getTime() + retryDelayMs(claimed[0]!.attempts + 1)) : run.now;
  await release(untried, run.lease, retryAt);
  return { serverDown };
}

const pick = (e: Claimed) => ({ to: e.to, subject: e.subject, html: e.html, text: e.text });
