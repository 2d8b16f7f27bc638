import "server-only";
import { afterCommit, waitUntilVisible } from "../jobs/after-commit";
import { logger } from "../log/logger.mjs";
import { countVisibleMessages } from "./claim";
import { deliverWebhooksNow } from "./deliver";

// Webhooks "at once", like email (lib/email/at-once.ts): a message queued in a transaction is sent
// as soon as that transaction has committed; the scheduled run is the safety net.

export function deliverWebhooksAfterCommit(ids: string[], now: Date): void {
  if (ids.length === 0) return;
  afterCommit(async () => {
    try {
      // Until the queuing transaction commits its rows are invisible; a rolled-back one never appears.
      await waitUntilVisible(() => countVisibleMessages(ids), ids.length);
      await deliverWebhooksNow(ids, { now });
    } catch (error) {
      logger().error({ error }, "webhooks: immediate delivery failed; the scheduled run will retry");
    }
  });
}
