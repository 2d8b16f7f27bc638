import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { deliverWebhooksNow, type WebhookDeliveryOptions } from "./deliver";
import { WEBHOOKS_FORBIDDEN, webhookAdmin } from "./endpoints";
import { TEST_EVENT_TYPE } from "./event-types";
import { newEventId, writeMessages } from "./outbox";
import { endpointIdSchema } from "./schemas";

// "Send test event": one signed message through the same outbox and delivery as real events, sent
// while the person waits (one try, at most the 10 s timeout), so the log shows its answer at once.

export async function sendTestEvent(options: {
  actor: Actor;
  input: unknown;
  now: Date;
  lookup?: WebhookDeliveryOptions["lookup"];
}): Promise<Result<{ status: number | null }>> {
  const admin = webhookAdmin(options.actor);
  if (!admin) return refuse("FORBIDDEN", WEBHOOKS_FORBIDDEN);
  const parsed = endpointIdSchema.safeParse(options.input);
  if (!parsed.success) return refuse("NOT_FOUND", "This webhook endpoint does not exist.");
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findFirst({
    where: { id: parsed.data.endpointId, partnerId: admin.partnerId },
    select: { id: true, enabled: true },
  });
  if (!endpoint) return refuse("NOT_FOUND", "This webhook endpoint does not exist.");
  if (!endpoint.enabled) return refuse("CONFLICT", "Enable this endpoint to send it a test event.");
  const eventId = newEventId();
  const body = JSON.stringify({
    id: eventId,
    type: TEST_EVENT_TYPE,
    occurredAt: options.now.toISOString(),
    sequence: 0,
    data: { endpointId: endpoint.id, partnerId: admin.partnerId, sentBy: admin.name },
  });
  const [id] = await db.$transaction(
    (tx) =>
      writeMessages(
        tx,
        [{ endpointId: endpoint.id, eventId, type: TEST_EVENT_TYPE, sequence: 0, body, referenceId: null }],
        options.now,
      ),
    TX_OPTIONS,
  );
  await deliverWebhooksNow([id!], { now: options.now, lookup: options.lookup });
  const attempt = await db.webhookAttempt.findFirst({ where: { messageId: id }, select: { status: true } });
  return ok({ status: attempt?.status ?? null });
}
