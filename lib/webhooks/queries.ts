import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { ok, type Result, refuse } from "../result";
import { MAX_ENDPOINTS, WEBHOOKS_FORBIDDEN, webhookAdmin } from "./endpoints";
import { LOG_ATTEMPTS_KEPT } from "./purge";

// What /settings/webhooks shows: the partner's endpoints (never their secrets) and, for each, its
// delivery log — the last 50 attempts, newest first.

export type WebhookAttemptRow = {
  id: string;
  attemptedAt: Date;
  type: string;
  eventId: string;
  status: number | null;
  durationMs: number;
  response: string;
};

export type WebhookEndpointRow = {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  createdBy: string;
  createdAt: Date;
  pending: number;
  log: WebhookAttemptRow[];
};

export async function listWebhookEndpoints(actor: Actor): Promise<Result<WebhookEndpointRow[]>> {
  const admin = webhookAdmin(actor);
  if (!admin) return refuse("FORBIDDEN", WEBHOOKS_FORBIDDEN);
  const db = await getDb();
  const endpoints = await db.webhookEndpoint.findMany({
    where: { partnerId: admin.partnerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_ENDPOINTS,
  });
  return ok(
    await Promise.all(
      endpoints.map(async (e) => ({
        id: e.id,
        url: e.url,
        events: e.events,
        enabled: e.enabled,
        disabledReason: e.disabledReason,
        createdBy: e.createdByLabel,
        createdAt: e.createdAt,
        pending: await db.webhookMessage.count({ where: { endpointId: e.id, status: "PENDING" } }),
        log: await db.webhookAttempt.findMany({
          where: { endpointId: e.id },
          orderBy: [{ attemptedAt: "desc" }, { id: "desc" }],
          take: LOG_ATTEMPTS_KEPT,
          select: {
            id: true,
            attemptedAt: true,
            type: true,
            eventId: true,
            status: true,
            durationMs: true,
            response: true,
          },
        }),
      })),
    ),
  );
}
