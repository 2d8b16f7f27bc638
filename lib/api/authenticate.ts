import "server-only";
import type { PartnerUserActor } from "../auth/actor";
import { getDb } from "../db/client";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "../db/unavailable";
import { consumeLimit, limitPoints } from "../security/rate-limit";
import { bearerKeyHash, findActiveKey } from "./keys";
import { problem } from "./problem";

// Every /api/v1 call: the bearer key (401 when missing, unknown or revoked), its scope (403), the
// per-key limit shared by all instances (429 with Retry-After), and the RateLimit-* headers on every
// answer. The key acts as the partner's Global Administrator or as Local Administrator of its
// locations, so every rule in lib/ applies to it exactly as to a person in that role.

export const NO_KEY = "Send an API key: Authorization: Bearer prc_…. Create one on /settings/api.";
export const BAD_KEY = "This API key is unknown or revoked.";
export const READ_ONLY = "This API key may only read. Create a Read and write key to make changes.";

export type ApiCaller = { actor: PartnerUserActor & { apiKeyId: string }; keyId: string; headers: Headers };

/** lastUsedAt is written at most once a minute per key: a busy integration costs one write a minute. */
const LAST_USED_EVERY_MS = 60_000;

export async function authenticateApi(
  request: Request,
  now: Date,
  need: "read" | "write",
): Promise<ApiCaller | Response> {
  try {
    const authorization = request.headers.get("authorization");
    if (!authorization) return problem(401, NO_KEY, { headers: { "WWW-Authenticate": "Bearer" } });
    const keyHash = bearerKeyHash(authorization);
    const invalid = () =>
      problem(401, BAD_KEY, { headers: { "WWW-Authenticate": 'Bearer error="invalid_token"' } });
    if (!keyHash) return invalid();
    // Counted by the key's hash, so the count and the look-up are one round trip, not two.
    const [key, limit] = await Promise.all([findActiveKey(keyHash), consumeLimit("apiPerKey", keyHash)]);
    if (!key) return invalid();
    const headers = new Headers({ "RateLimit-Limit": String(limitPoints("apiPerKey")) });
    if (!limit.allowed) {
      headers.set("RateLimit-Remaining", "0");
      headers.set("RateLimit-Reset", String(limit.retryAfterSeconds));
      headers.set("Retry-After", String(limit.retryAfterSeconds));
      return problem(429, `Too many calls with this key. Try again in ${limit.retryAfterSeconds} seconds.`, {
        headers,
      });
    }
    headers.set("RateLimit-Remaining", String(limit.remaining));
    headers.set("RateLimit-Reset", String(limit.resetSeconds));
    if (need === "write" && key.scope !== "READ_WRITE") return problem(403, READ_ONLY, { headers });
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
      const db = await getDb();
      await db.apiKey.updateMany({
        where: {
          id: key.id,
          OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_EVERY_MS) } }],
        },
        data: { lastUsedAt: now },
      });
    }
    const actor: ApiCaller["actor"] = {
      kind: "partner-user",
      apiKeyId: key.id,
      userId: `api-key:${key.id}`,
      name: `API key “${key.name}” (${key.prefix}…)`,
      email: "",
      partnerId: key.partnerId,
      partnerName: key.partner.name,
      isGlobalAdministrator: key.locationIds.length === 0,
      adminLocationIds: key.locationIds,
    };
    return { actor, keyId: key.id, headers };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return problem(503, SERVICE_UNAVAILABLE);
    throw error;
  }
}
