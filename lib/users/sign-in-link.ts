import "server-only";
import { randomBytes } from "node:crypto";
import { signInTokenHash } from "../auth/sign-in-token";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";

// After an invitation is accepted, the invitee is signed in through next-auth's own Email
// provider callback rather than by a second email: we issue the provider's one-time verification
// token ourselves, stored the way the provider stores it (SHA-256 of token + secret), with a short
// life, and send the browser to the callback URL. docs/decisions/053-invitation-sign-in.md.
// A requeued sign-in email (lib/email/relink.ts) gets a fresh link the same way.

const LIFETIME_MS = 5 * 60 * 1000;

/** Stores a fresh one-time sign-in token in `db` (a transaction or the client) and returns its link. */
export async function issueSignInLink(
  db: Prisma.TransactionClient,
  options: { email: string; callbackPath: string; now: Date; lifetimeMs: number },
): Promise<{ url: string; tokenHash: string }> {
  const { email, callbackPath, now, lifetimeMs } = options;
  const e = env();
  const token = randomBytes(32).toString("hex");
  const tokenHash = signInTokenHash(token);
  await db.verificationToken.create({
    data: { identifier: email, token: tokenHash, expires: new Date(now.getTime() + lifetimeMs) },
  });
  const params = new URLSearchParams({ callbackUrl: `${e.appUrl}${callbackPath}`, token, email });
  return { url: `${e.appUrl}/api/auth/callback/email?${params}`, tokenHash };
}

export async function oneTimeSignInUrl(options: {
  email: string;
  callbackPath: string;
  now: Date;
}): Promise<string> {
  const link = await issueSignInLink(await getDb(), { ...options, lifetimeMs: LIFETIME_MS });
  return link.url;
}
