import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { env } from "../env";

// A signing secret must be usable to sign, so it cannot be hashed like an API key: it is kept
// encrypted with AES-256-GCM under a key of the app's own (WEBHOOK_SECRET_KEY, or derived from
// NEXTAUTH_SECRET). A database dump alone therefore reveals no secret. Stored as
// "v1.<iv>.<tag>.<ciphertext>" in base64url, so a later key or algorithm can be told apart.

const SECRET_PREFIX = "whsec_";

/** Standard Webhooks' format: "whsec_" + base64 of 32 random bytes (the spec asks for 24 to 64). */
export function newSigningSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

function key(): Buffer {
  return createHash("sha256").update(`webhook-secret-box\n${env().webhookSecretKey}`).digest();
}

export function sealSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** Throws when the box was sealed under another key or altered (GCM's tag does not match). */
export function openSecret(box: string): string {
  const [version, iv, tag, sealed] = box.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("webhook secret: unknown format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
