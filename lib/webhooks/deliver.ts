import "server-only";
import { env } from "../env";
import { webhookEndpointsDisabled, webhooksDelivered, webhooksFailed } from "../ops/metrics";
import { type ClaimedMessage, claimDueMessages, claimMessages, releaseMessages } from "./claim";
import { disableFailingEndpoint } from "./disable";
import { CLAIM_LEASE_MS, DELIVERY_BUDGET_MS, IN_FLIGHT } from "./retry";
import { openSecret } from "./secret-box";
import { batchAgents, sendSigned } from "./send";
import { isDelivered, settleAttempt } from "./settle";
import { settleDelivered } from "./settle-delivered";

// Delivery happens after the change has committed, outside any transaction: claim, send signed,
// settle each try. A scheduled run is bounded by time, not by a count.

export type WebhookDeliveryReport = { delivered: number; retried: number; failed: number; disabled: number };

export type WebhookDeliveryOptions = {
  now: Date;
  batchSize?: number;
  budgetMs?: number;
  /** DNS for the SSRF check (tests point a name at 127.0.0.1 with it). */
  lookup?: Parameters<typeof sendSigned>[0]["lookup"];
};

/** A run's outcome in the Prometheus counters too (docs/operations.md). */
function counted(report: WebhookDeliveryReport): WebhookDeliveryReport {
  webhooksDelivered().inc(report.delivered);
  webhooksFailed().inc(report.failed);
  webhookEndpointsDisabled().inc(report.disabled);
  return report;
}

const emptyReport = (): WebhookDeliveryReport => ({ delivered: 0, retried: 0, failed: 0, disabled: 0 });

/** The scheduled sweep: every due message it can deliver within its time budget. */
export async function deliverDueWebhooks(options: WebhookDeliveryOptions): Promise<WebhookDeliveryReport> {
  const { now, batchSize = 50, budgetMs = DELIVERY_BUDGET_MS } = options;
  const report = emptyReport();
  const lease = new Date(now.getTime() + CLAIM_LEASE_MS);
  const stopAt = performance.now() + budgetMs;
  while (performance.now() < stopAt) {
    const claimed = await claimDueMessages(now, lease, batchSize);
    await sendClaimed(claimed, { ...options, lease, stopAt, report });
    if (claimed.length === 0) break;
  }
  return counted(report);
}

/**
 * Delivers just these messages if they are still due (the at-once path right after a commit).
 * A later event of one reference waits for the earlier one, so it is claimed in the next round.
 */
export async function deliverWebhooksNow(
  ids: string[],
  options: WebhookDeliveryOptions,
): Promise<WebhookDeliveryReport> {
  const report = emptyReport();
  const lease = new Date(options.now.getTime() + CLAIM_LEASE_MS);
  const stopAt = performance.now() + DELIVERY_BUDGET_MS;
  let left = ids;
  while (left.length > 0 && performance.now() < stopAt) {
    const claimed = await claimMessages(left, options.now, lease);
    if (claimed.length === 0) break;
    await sendClaimed(claimed, { ...options, lease, stopAt, report });
    const done = new Set(claimed.map((c) => c.id));
    left = left.filter((id) => !done.has(id));
  }
  return counted(report);
}

type Run = WebhookDeliveryOptions & { lease: Date; stopAt: number; report: WebhookDeliveryReport };

async function sendClaimed(claimed: ClaimedMessage[], run: Run): Promise<void> {
  const allowPrivate = env().webhookAllowPrivate;
  const delivered: Parameters<typeof settleDelivered>[0] = [];
  let next = 0;
  const worker = async () => {
    while (next < claimed.length && performance.now() < run.stopAt) {
      const message = claimed[next++]!;
      const outcome = await sendSigned({
        url: message.url,
        id: message.eventId,
        body: message.body,
        secret: openSecret(message.secretCipher),
        signedAt: new Date(),
        allowPrivate,
        lookup: run.lookup,
        agents: connections.agents,
      });
      // Delivered ones are settled together after the batch: one statement instead of one each.
      if (isDelivered(outcome.status)) {
        delivered.push({ message, outcome });
        continue;
      }
      const settled = await settleAttempt(message, outcome, run);
      if (!settled) continue;
      run.report[settled.result]++;
      if (
        settled.disable &&
        (await disableFailingEndpoint({ ...message, reason: settled.disable, now: run.now }))
      )
        run.report.disabled++;
    }
  };
  const connections = batchAgents(IN_FLIGHT);
  try {
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, claimed.length) }, worker));
  } finally {
    connections.close();
  }
  run.report.delivered += (await settleDelivered(delivered, run)).length;
  await releaseMessages(
    claimed.slice(next).map((m) => m.id),
    run.lease,
    run.now,
  );
}
