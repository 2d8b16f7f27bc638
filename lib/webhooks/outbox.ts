import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "../db/generated/client";
import type { ReferenceEventType } from "../db/generated/enums";
import { deliverWebhooksAfterCommit } from "./at-once";
import { WEBHOOK_EVENT_FOR } from "./event-types";

// The webhook outbox, like email's (R15): a message is a row written in the transaction of the
// change, so it exists exactly when the change commits — a rolled-back change sends nothing — and
// its delivery starts right after the commit (at-once.ts); the scheduled run is the safety net.

type Tx = Prisma.TransactionClient;

export const newEventId = () => `evt_${randomBytes(16).toString("hex")}`;

/**
 * Called by recordEvent for every reference event, and by the set-based auto-approvals for their
 * rows. With no enabled endpoint subscribed to the event's type, its cost is one indexed query;
 * otherwise it numbers the event per reference, takes each reference as the API shows it, and
 * writes one message per endpoint. `deliverAtOnce: false` leaves delivery to the caller's run.
 */
export async function queueReferenceWebhooks(
  tx: Tx,
  event: { referenceIds: string[]; type: ReferenceEventType; at: Date; deliverAtOnce?: boolean },
): Promise<void> {
  const type = WEBHOOK_EVENT_FOR[event.type];
  if (!type || event.referenceIds.length === 0) return;
  // A batch (auto-approval) first asks whether anyone listens at all, before naming its ids.
  if (event.referenceIds.length > 1) {
    const listening = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "WebhookEndpoint" WHERE enabled AND ${type} = ANY(events) LIMIT 1`;
    if (listening.length === 0) return;
  }
  const targets = await tx.$queryRaw<{ referenceId: string; endpointId: string }[]>`
    SELECT r.id AS "referenceId", e.id AS "endpointId" FROM "WebhookEndpoint" e
    JOIN "ReferenceRequest" r ON r."partnerId" = e."partnerId"
    WHERE r.id IN (${Prisma.join(event.referenceIds)}) AND e.enabled AND ${type} = ANY(e.events)`;
  if (targets.length === 0) return;
  const referenceIds = [...new Set(targets.map((t) => t.referenceId))];
  // The counter rows stay locked until commit, so two changes of one reference get n and n+1 in commit order.
  const sequences = await tx.$queryRaw<{ id: string; sequence: number }[]>`
    UPDATE "ReferenceRequest" SET "webhookSequence" = "webhookSequence" + 1
    WHERE id IN (${Prisma.join(referenceIds)}) RETURNING id, "webhookSequence" AS sequence`;
  // Loaded here only: the API's shapes are not needed by changes that send nothing.
  const { webhookReferences } = await import("./payload");
  const data = await webhookReferences(tx, referenceIds);
  const bodies = new Map(
    sequences.map(({ id, sequence }) => {
      const eventId = newEventId();
      const occurredAt = event.at.toISOString();
      const body = JSON.stringify({ id: eventId, type, occurredAt, sequence, data: data.get(id) });
      return [id, { eventId, sequence, body }] as const;
    }),
  );
  const ids = await writeMessages(
    tx,
    targets.map((t) => ({
      ...bodies.get(t.referenceId)!,
      endpointId: t.endpointId,
      type,
      referenceId: t.referenceId,
    })),
    event.at,
  );
  if (event.deliverAtOnce !== false) deliverWebhooksAfterCommit(ids, event.at);
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
