import "server-only";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import type { ClaimedMessage } from "./claim";
import { TEST_EVENT_TYPE } from "./event-types";
import { DISABLE_AFTER_FAILING_MS, nextRetryDelayMs } from "./retry";
import type { SendOutcome } from "./send";
import { settleDelivered } from "./settle-delivered";

// After one try: the attempt goes to the delivery log, the message is DELIVERED (2xx), waits for
// its next try, or — its tries used up — is FAILED. Its body, which holds the customer's contact,
// is emptied once nothing will send it again. The endpoint remembers since when it fails; 410 Gone
// or three days of failures ask for it to be disabled (disable.ts, outside this transaction).

/** null: the endpoint was deleted while its message was being sent; nothing is left to settle. */
export type Settled = { result: "delivered" | "retried" | "failed"; disable: string | null } | null;

export const isDelivered = (status: number | null) => status !== null && status >= 200 && status < 300;

export async function settleAttempt(
  message: ClaimedMessage,
  outcome: SendOutcome,
  run: { now: Date; lease: Date },
): Promise<Settled> {
  const { now, lease } = run;
  const db = await getDb();
  const attempts = message.attempts + 1;
  const delivered = isDelivered(outcome.status);
  // A test event is tried once: its answer is what the person pressing the button wants to see.
  if (delivered) {
    const [settled] = await settleDelivered([{ message, outcome }], run);
    return settled ? { result: "delivered", disable: null } : null;
  }
  const delay = message.type === TEST_EVENT_TYPE ? null : nextRetryDelayMs(attempts);
  return db.$transaction(async (tx) => {
    // Locked, so deleting its endpoint (a cascade) waits for this settlement or happened before it.
    const still = await tx.$queryRaw<
      unknown[]
    >`SELECT 1 FROM "WebhookMessage" WHERE id = ${message.id} FOR UPDATE`;
    if (still.length === 0) return null;
    await tx.webhookAttempt.create({
      data: {
        endpointId: message.endpointId,
        messageId: message.id,
        eventId: message.eventId,
        type: message.type,
        attemptedAt: now,
        status: outcome.status,
        durationMs: outcome.durationMs,
        response: outcome.response,
      },
    });
    const owned = { id: message.id, status: "PENDING" as const, nextAttemptAt: lease };
    const lastError = outcome.status === null ? outcome.response : `HTTP ${outcome.status}`;
    await tx.webhookMessage.updateMany({
      where: owned,
      data:
        delay === null
          ? { status: "FAILED", attempts, body: "", lastError }
          : { attempts, nextAttemptAt: new Date(now.getTime() + delay), lastError },
    });
    await tx.webhookEndpoint.updateMany({
      where: { id: message.endpointId, failingSince: null },
      data: { failingSince: now },
    });
    const { failingSince } = await tx.webhookEndpoint.findUniqueOrThrow({
      where: { id: message.endpointId },
      select: { failingSince: true },
    });
    const since = failingSince ?? now;
    const disable =
      outcome.status === 410
        ? "it answered 410 Gone, which means the receiver is gone for good."
        : now.getTime() - since.getTime() >= DISABLE_AFTER_FAILING_MS
          ? "every delivery to it has failed for three days."
          : null;
    return { result: delay === null ? "failed" : "retried", disable };
  }, TX_OPTIONS);
}
