import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { TX_OPTIONS } from "../references/tx";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { createEndpointSchema, endpointIdSchema } from "./schemas";
import { newSigningSecret, sealSecret } from "./secret-box";

// Issue 19: a partner's webhook endpoints, managed by its Global Administrators on
// /settings/webhooks. The signing secret is shown once (on creation and on rotation) and kept
// encrypted; every change is audited. Ten endpoints per partner at most.

export const WEBHOOKS_FORBIDDEN = "Only a Global Administrator of the partner can manage webhooks.";
const NOT_FOUND = "This webhook endpoint does not exist.";
export const MAX_ENDPOINTS = 10;

type Tx = Prisma.TransactionClient;
type PartnerAdmin = Extract<Actor, { kind: "partner-user" }>;

export function webhookAdmin(actor: Actor): PartnerAdmin | null {
  return actor.kind === "partner-user" && actor.isGlobalAdministrator ? actor : null;
}

export async function createWebhookEndpoint(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ id: string; secret: string }>> {
  const admin = webhookAdmin(options.actor);
  if (!admin) return refuse("FORBIDDEN", WEBHOOKS_FORBIDDEN);
  const parsed = createEndpointSchema(env().webhookAllowPrivate).safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", "Some fields need your attention.", fieldErrorsOf(parsed.error));
  const { url, events, enabled } = parsed.data;
  const secret = newSigningSecret();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if ((await tx.webhookEndpoint.count({ where: { partnerId: admin.partnerId } })) >= MAX_ENDPOINTS)
      return refuse("CONFLICT", `A partner can have ${MAX_ENDPOINTS} webhook endpoints. Delete one first.`);
    const row = await tx.webhookEndpoint.create({
      data: {
        partnerId: admin.partnerId,
        url,
        events,
        enabled,
        secretCipher: sealSecret(secret),
        createdById: admin.userId,
        createdByLabel: admin.name,
        createdAt: options.now,
      },
    });
    await audit(tx, admin, row, "webhook.created", options.now, { events, enabled });
    return ok({ id: row.id, secret });
  }, TX_OPTIONS);
}

/** Loads one endpoint of the admin's partner in the transaction, or refuses like an unknown id. */
async function changeEndpoint<T>(
  options: { actor: Actor; input: unknown; now: Date },
  change: (
    tx: Tx,
    admin: PartnerAdmin,
    endpoint: { id: string; url: string; enabled: boolean },
  ) => Promise<Result<T>>,
): Promise<Result<T>> {
  const admin = webhookAdmin(options.actor);
  if (!admin) return refuse("FORBIDDEN", WEBHOOKS_FORBIDDEN);
  const parsed = endpointIdSchema.safeParse(options.input);
  if (!parsed.success) return refuse("NOT_FOUND", NOT_FOUND);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: { id: parsed.data.endpointId, partnerId: admin.partnerId },
      select: { id: true, url: true, enabled: true },
    });
    if (!endpoint) return refuse("NOT_FOUND", NOT_FOUND);
    return change(tx, admin, endpoint);
  }, TX_OPTIONS);
}

export function setWebhookEnabled(options: { actor: Actor; input: unknown; now: Date; enabled: boolean }) {
  return changeEndpoint(options, async (tx, admin, endpoint) => {
    const won = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, enabled: !options.enabled },
      // Enabling starts with a clean slate: three days of failures count from now.
      data: { enabled: options.enabled, disabledReason: null, failingSince: null },
    });
    if (won.count === 0)
      return refuse("CONFLICT", `This endpoint is already ${options.enabled ? "enabled" : "disabled"}.`);
    await audit(tx, admin, endpoint, options.enabled ? "webhook.enabled" : "webhook.disabled", options.now);
    return ok(undefined);
  });
}

export function deleteWebhookEndpoint(options: { actor: Actor; input: unknown; now: Date }) {
  return changeEndpoint(options, async (tx, admin, endpoint) => {
    // Its messages and delivery log go with it (cascade); the audit keeps that it existed.
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await audit(tx, admin, endpoint, "webhook.deleted", options.now);
    return ok(undefined);
  });
}

/** A new secret, shown once; the old one stops signing at once (receivers must switch). */
export function rotateWebhookSecret(options: { actor: Actor; input: unknown; now: Date }) {
  return changeEndpoint(options, async (tx, admin, endpoint) => {
    const secret = newSigningSecret();
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { secretCipher: sealSecret(secret) },
    });
    await audit(tx, admin, endpoint, "webhook.secret_rotated", options.now);
    return ok({ secret });
  });
}

function audit(
  tx: Tx,
  admin: PartnerAdmin,
  endpoint: { id: string; url: string },
  action: string,
  at: Date,
  after?: Prisma.InputJsonValue,
) {
  return recordAudit(tx, {
    partnerId: admin.partnerId,
    kind: "WEBHOOK",
    action,
    subjectId: endpoint.id,
    subjectLabel: endpoint.url,
    actor: admin,
    at,
    after,
  });
}
