import "server-only";
import { getDb } from "../db/client";
import type { ClaimedMessage } from "./claim";
import type { SendOutcome } from "./send";

/**
 * Settles a batch's delivered messages in one statement (one round trip for all of them, no
 * transaction): each message this run still holds becomes DELIVERED with its body emptied, each
 * try is logged, and their endpoints no longer count as failing. A message deleted meanwhile (its
 * endpoint was) matches nothing. Returns the ids settled. Until then the messages stay PENDING
 * under this run's lease, so a later event of the same reference waits (sequence order) and a
 * crash before this statement resends them with the same webhook-id — at least once, never lost.
 */
export async function settleDelivered(
  delivered: { message: ClaimedMessage; outcome: SendOutcome }[],
  { now, lease }: { now: Date; lease: Date },
): Promise<string[]> {
  if (delivered.length === 0) return [];
  const column = <T>(pick: (d: (typeof delivered)[number]) => T) => delivered.map(pick);
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${column((d) => d.message.id)}::text[], ${column((d) => d.message.eventId)}::text[],
        ${column((d) => d.message.type)}::text[], ${column((d) => d.outcome.status ?? 0)}::int[],
        ${column((d) => d.outcome.durationMs)}::int[], ${column((d) => d.outcome.response)}::text[],
        ${column((d) => d.message.attempts + 1)}::int[]
      ) AS t(id, "eventId", type, status, "durationMs", response, attempts)),
    msg AS (
      UPDATE "WebhookMessage" m
      SET status = 'DELIVERED', "deliveredAt" = ${now}, attempts = i.attempts, body = '', "lastError" = NULL
      FROM input i
      WHERE m.id = i.id AND m.status = 'PENDING' AND m."nextAttemptAt" = ${lease}
      RETURNING m.id, m."endpointId"),
    log AS (
      INSERT INTO "WebhookAttempt"
        (id, "endpointId", "messageId", "eventId", type, "attemptedAt", status, "durationMs", response)
      SELECT gen_random_uuid()::text, m."endpointId", m.id, i."eventId", i.type, ${now}, i.status,
             i."durationMs", i.response
      FROM input i JOIN "WebhookMessage" m ON m.id = i.id
      RETURNING "messageId"),
    recovered AS (
      UPDATE "WebhookEndpoint" SET "failingSince" = NULL
      WHERE id IN (SELECT "endpointId" FROM msg) AND "failingSince" IS NOT NULL)
    SELECT "messageId" AS id FROM log`;
  return rows.map((r) => r.id);
}
