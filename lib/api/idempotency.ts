import { createHash } from "node:crypto";

// POST /api/v1/references needs an Idempotency-Key (IETF httpapi-idempotency-key-header): a client
// that retries after a timeout must not create a second request to the customer. The key becomes
// the create form's one-time key (decision 032), scoped to the API key, so the same unique index
// settles simultaneous retries; the body's fingerprint tells a replay from a reuse.

export const IDEMPOTENCY_MISSING =
  "Send an Idempotency-Key header (1 to 255 visible characters, e.g. a UUID) with every create.";
export const IDEMPOTENCY_REUSED =
  "This Idempotency-Key was already used with a different body. Use a new key for a new request.";

const VISIBLE_ASCII = /^[\x21-\x7e]{1,255}$/;

export function idempotencyKeyOf(request: Request): string | null {
  const raw = request.headers.get("idempotency-key")?.trim() ?? "";
  // Structured-field strings may arrive quoted ("…"); the quotes are not part of the key.
  const key = raw.startsWith('"') && raw.endsWith('"') && raw.length > 2 ? raw.slice(1, -1) : raw;
  return VISIBLE_ASCII.test(key) ? key : null;
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();

/** The one-time key of this API key's create: 46 characters, within the form key's pattern. */
export function createKeyFor(apiKeyId: string, idempotencyKey: string): string {
  return `api${sha256(`${apiKeyId}\n${idempotencyKey}`).toString("base64url")}`;
}

/** Key order and whitespace do not make another body; any value that differs does. */
export function fingerprintOf(body: unknown): string {
  return sha256(canonical(body)).toString("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
