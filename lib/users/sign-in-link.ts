import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "../db/client";
import { env } from "../env";

// After an invitation is accepted, the invitee is signed in through next-auth's own Email
// provider callback rather than by a second email: we issue the provider's one-time verification
// token ourselves, stored the way the provider stores it (SHA-256 of token + secret), with a short
// life, and send the browser to the callback URL. docs/decisions/053-invitation-sign-in.md.

const LIFETIME_MS = 5 * 60 * 1000;

export async function oneTimeSignInUrl(options: {
  email: string;
  callbackPath: string;
  now: Date;
}): Promise<string> {
  const { email, callbackPath, now } = options;
  const e = env();
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${e.authSecret}`).digest("hex");
  const db = await getDb();
  await db.verificationToken.create({
    data: { identifier: email, token: hashed, expires: new Date(now.getTime() + LIFETIME_MS) },
  });
  const params = new URLSearchParams({ callbackUrl: `${e.appUrl}${callbackPath}`, token, email });
  return `${e.appUrl}/api/auth/callback/email?${params}`;
}
