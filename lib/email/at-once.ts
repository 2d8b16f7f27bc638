import "server-only";
import { env } from "../env";
import { afterCommit, settleAfterCommitWork, waitUntilVisible } from "../jobs/after-commit";
import { logger } from "../log/logger.mjs";
import { countExisting } from "./claim";
import { deliverDueEmails, deliverEmailsNow } from "./deliver";

// R15 "at once": an email queued in a transaction is handed to SMTP as soon as that transaction
// has committed, without waiting for the scheduled run (which stays the safety net). When and how
// the work runs after the commit: lib/jobs/after-commit.ts.

/** Start delivering these just-queued emails once their transaction has committed. */
export function deliverAfterCommit(ids: string[], now: Date): void {
  // Without SMTP the email waits for the development mailbox; nothing to do, no query made.
  if (ids.length === 0 || !env().smtpUrl) return;
  afterCommit(() => deliverWhenVisible(ids, now));
}

/** A bounded sweep of everything due, right after the response (e.g. after "requeue all"). */
export function deliverDueAfterResponse(now: Date): void {
  if (!env().smtpUrl) return;
  afterCommit(async () => {
    try {
      await deliverDueEmails({ now });
    } catch (error) {
      logger().error({ error }, "email: delivery after requeue failed; the scheduled run will retry");
    }
  });
}

/** Resolves when every background delivery (email and webhooks) started outside a request has ended. */
export const settleBackgroundDeliveries = settleAfterCommitWork;

async function deliverWhenVisible(ids: string[], now: Date): Promise<void> {
  try {
    // Until the queuing transaction commits its rows are invisible; a rolled-back one never appears.
    await waitUntilVisible(() => countExisting(ids), ids.length);
    await deliverEmailsNow(ids, { now });
  } catch (error) {
    // The scheduled run delivers it later; this is only the fast path.
    logger().error({ error }, "email: immediate delivery failed; the scheduled run will retry");
  }
}
