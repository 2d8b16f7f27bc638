import "server-only";
import { after } from "next/server";
import { env } from "../env";
import { onShutdown } from "../http/lifecycle.mjs";
import { logger } from "../log/logger.mjs";
import { countExisting } from "./claim";
import { deliverDueEmails, deliverEmailsNow } from "./deliver";

// R15 "at once": an email queued in a transaction is handed to SMTP as soon as that transaction
// has committed, without waiting for the scheduled run (which stays the safety net).
//
// Inside a request (server action, route handler) the delivery runs in `after()`: after the
// response, so the caller's transaction has committed, and the platform keeps the function alive
// until it ends. Outside a request (scripts, tests) it runs in the background of this process,
// waiting briefly until the row becomes visible, i.e. until the transaction has committed.

const pending = new Set<Promise<void>>();

/** Start delivering these just-queued emails once their transaction has committed. */
export function deliverAfterCommit(ids: string[], now: Date): void {
  // Without SMTP the email waits for the development mailbox; nothing to do, no query made.
  if (ids.length === 0 || !env().smtpUrl) return;
  schedule(() => deliverWhenVisible(ids, now));
}

/** A bounded sweep of everything due, right after the response (e.g. after "requeue all"). */
export function deliverDueAfterResponse(now: Date): void {
  if (!env().smtpUrl) return;
  schedule(async () => {
    try {
      await deliverDueEmails({ now });
    } catch (error) {
      logger().error({ error }, "email: delivery after requeue failed; the scheduled run will retry");
    }
  });
}

function track(task: Promise<void>): Promise<void> {
  const tracked = task.finally(() => pending.delete(tracked));
  pending.add(tracked);
  return tracked;
}

function schedule(run: () => Promise<void>): void {
  // Before the database pool closes (server.mjs, SIGTERM), mail its last requests started goes out.
  onShutdown("email delivery", settleBackgroundDeliveries, 10);
  try {
    // Tracked too, so a draining server (SIGTERM) waits for mail its last requests started.
    after(() => track(run()));
  } catch {
    // Not inside a request scope.
    track(run());
  }
}

/** Resolves when every background delivery started outside a request has ended (scripts, tests). */
export async function settleBackgroundDeliveries(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

const VISIBILITY_WAITS_MS = [0, 10, 25, 50, 100, 200, 400, 800, 1600];

async function deliverWhenVisible(ids: string[], now: Date): Promise<void> {
  try {
    for (const wait of VISIBILITY_WAITS_MS) {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Until the queuing transaction commits its rows are invisible; a rolled-back one never appears.
      if ((await countExisting(ids)) === ids.length) break;
    }
    await deliverEmailsNow(ids, { now });
  } catch (error) {
    // The scheduled run delivers it later; this is only the fast path.
    logger().error({ error }, "email: immediate delivery failed; the scheduled run will retry");
  }
}
