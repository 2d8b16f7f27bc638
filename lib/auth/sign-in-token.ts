import "server-only";
import { createHash } from "node:crypto";
import { env } from "../env";

/**
 * How next-auth's Email provider stores a magic link's token (VerificationToken.token): SHA-256 of
 * the raw token followed by the secret. Links the app issues itself are stored the same way, so
 * next-auth's own callback accepts them.
 */
export function signInTokenHash(token: string): string {
  return createHash("sha256").update(`${token}${env().authSecret}`).digest("hex");
}
