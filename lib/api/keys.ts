import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { ApiKeyScope } from "../db/generated/enums";
import { TX_OPTIONS } from "../references/tx";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { createApiKeySchema, revokeApiKeySchema } from "./schemas";

// Issue 19: a partner's API keys, managed by its Global Administrators on /settings/api. A key is
// "prc_" + 32 base62 characters (≈190 random bits), shown once; only its SHA-256 is stored. Keys
// belong to the partner, so one keeps working when its creator leaves, until it is revoked.

export const KEYS_FORBIDDEN = "Only a Global Administrator of the partner can manage API keys.";
export const KEY_PREFIX = "prc_";
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const KEY_PATTERN = /^prc_[0-9A-Za-z]{32}$/;

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** 32 base62 characters from rejection-sampled random bytes (no modulo bias). */
export function newApiKey(): string {
  let out = "";
  while (out.length < 32) {
    for (const byte of randomBytes(48)) {
      if (byte < 248 && out.length < 32) out += BASE62[byte % 62];
    }
  }
  return `${KEY_PREFIX}${out}`;
}

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  actsAs: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function globalAdminOf(actor: Actor): string | null {
  return actor.kind === "partner-user" && actor.isGlobalAdministrator ? actor.partnerId : null;
}

export async function listApiKeys(actor: Actor): Promise<Result<ApiKeyRow[]>> {
  const partnerId = globalAdminOf(actor);
  if (!partnerId) return refuse("FORBIDDEN", KEYS_FORBIDDEN);
  const db = await getDb();
  const [keys, locations] = await Promise.all([
    db.apiKey.findMany({ where: { partnerId }, orderBy: { createdAt: "desc" }, take: 200 }),
    db.location.findMany({ where: { partnerId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(locations.map((l) => [l.id, l.name]));
  return ok(
    keys.map((k) => ({
      id: k.id,
      name: k.name,
      prefix: k.prefix,
      scope: k.scope,
      actsAs:
        k.locationIds.length === 0
          ? "Global Administrator"
          : `Local Administrator of ${k.locationIds.map((id) => names.get(id) ?? "a removed location").join(", ")}`,
      createdBy: k.createdByLabel,
      createdAt: k.createdAt,
      lastUsedAt: k.lastUsedAt,
      revokedAt: k.revokedAt,
    })),
  );
}

/** Creates a key; the answer is the only place the key itself ever appears. Audited without it. */
export async function createApiKey(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ id: string; key: string; prefix: string }>> {
  const { actor, now } = options;
  const partnerId = globalAdminOf(actor);
  if (!partnerId || actor.kind !== "partner-user") return refuse("FORBIDDEN", KEYS_FORBIDDEN);
  const parsed = createApiKeySchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", "Some fields need your attention.", fieldErrorsOf(parsed.error));
  const { name, scope, actsAs, locationIds } = parsed.data;
  const chosen = actsAs === "partner" ? [] : [...new Set(locationIds)];
  const db = await getDb();
  if (chosen.length > 0) {
    const own = await db.location.count({ where: { id: { in: chosen }, partnerId, archivedAt: null } });
    if (own !== chosen.length)
      return refuse("INVALID_INPUT", "Some fields need your attention.", {
        locationIds: ["Choose locations of your own partner."],
      });
  }
  const key = newApiKey();
  const prefix = key.slice(0, 8);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        partnerId,
        name,
        prefix,
        keyHash: hashApiKey(key),
        scope,
        locationIds: chosen,
        createdById: actor.userId,
        createdByLabel: actor.name,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      partnerId,
      kind: "API_KEY",
      action: "api_key.created",
      subjectId: row.id,
      subjectLabel: `${name} (${prefix}…)`,
      actor,
      at: now,
      after: { scope, actsAs: chosen.length === 0 ? "partner" : "locations", locationIds: chosen },
    });
    return row;
  }, TX_OPTIONS);
  return ok({ id: created.id, key, prefix });
}

export async function revokeApiKey(options: { actor: Actor; input: unknown; now: Date }): Promise<Result> {
  const { actor, now } = options;
  const partnerId = globalAdminOf(actor);
  if (!partnerId) return refuse("FORBIDDEN", KEYS_FORBIDDEN);
  const parsed = revokeApiKeySchema.safeParse(options.input);
  if (!parsed.success) return refuse("NOT_FOUND", "This API key does not exist.");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: parsed.data.keyId, partnerId } });
    if (!key) return refuse("NOT_FOUND", "This API key does not exist.");
    const won = await tx.apiKey.updateMany({
      where: { id: key.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (won.count === 0) return refuse("CONFLICT", "This API key is already revoked.");
    await recordAudit(tx, {
      partnerId,
      kind: "API_KEY",
      action: "api_key.revoked",
      subjectId: key.id,
      subjectLabel: `${key.name} (${key.prefix}…)`,
      actor,
      at: now,
    });
    return ok(undefined);
  }, TX_OPTIONS);
}

/** The SHA-256 of the key in an `Authorization: Bearer prc_…` header, if it has a key's shape. */
export function bearerKeyHash(authorization: string | null): string | null {
  const key = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  return key && KEY_PATTERN.test(key) ? hashApiKey(key) : null;
}

/** The key with this hash, with its partner's name, if it exists and is not revoked. */
export async function findActiveKey(keyHash: string) {
  const db = await getDb();
  const row = await db.apiKey.findUnique({
    where: { keyHash },
    include: { partner: { select: { name: true } } },
  });
  return row && row.revokedAt === null ? row : null;
}
