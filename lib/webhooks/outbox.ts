import "server-only";
import { randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { ReferenceEventType } from "../db/generated/enums";
import { deliverWebhooksAfterCommit } from "./at-once";
import { WEBHOOK_EVENT_FOR } from "./event-types";

// The webhook outbox, like email's (R15): a message is a row written in the transaction of the
// change, so it exists exactly when the change commits — a rolled-back change sends nothing — and
// its delivery starts right after the commit (at-once.ts); the scheduled run is the safety net.

type Tx = Prisma.TransactionClient;

export const newEventId = () => `evt_${randomBytes(16).toString("hex")}`;

/**
 * Called by recordEvent for every reference event. With no enabled endpoint subscribed to the
 * event's type, its cost is one indexed query; otherwise it numbers the event (per reference), takes
 * the reference as the API shows it, and writes one message per endpoint.
 */
export async function queueReferenceWebhooks(
  tx: Tx,
  event: { referenceId: string; type: ReferenceEventType; at: Date },
): Promise<void> {
  const type = WEBHOOK_EVENT_FOR[event.type];
  if (!type) return;
  const endpoints = await tx.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "WebhookEndpoint" e
    JOIN "ReferenceRequest" r ON r."partnerId" = e."partnerId"
    WHERE r.id = ${event.referenceId} AND e.enabled AND ${type} = ANY(e.events)`;
  if (endpoints.length === 0) return;
  // The counter row is locked until commit, so two changes of one reference get 1 and 2 in commit order.
  const { webhookSequence: sequence } = await tx.referenceRequest.update({
    where: { id: event.referenceId },
    data: { webhookSequence: { increment: 1 } },
    select: { webhookSequence: true },
  });
  const eventId = newEventId();
  const body = JSON.stringify({
    id: eventId,
    type,
    occurredAt: event.at.toISOString(),
    sequence,
    // Loaded here only: the API's shapes are not needed by changes that send nothing.
    data: await (await import("./payload")).webhookReference(tx, event.referenceId),
  });
  const ids = await writeMessages(
    tx,
    endpoints.map((e) => ({
      endpointId: e.id,
      eventId,
      type,
      sequence,
      body,
      referenceId: event.referenceId,
    })),
    event.at,
  );
  deliverWebhooksAfterCommit(ids, event.at);
}

export async function writeMessages(
  tx: Tx,
  messages: {
    endpointId: string;
    eventId: string;
    type: string;
    sequence: number;
    body: string;
    referenceId: string | null;
  }[],
  now: Date,
): Promise<string[]> {
  const rows = await tx.webhookMessage.createManyAndReturn({
    data: messages.map((m) => ({ ...m, createdAt: now, nextAttemptAt: now })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
