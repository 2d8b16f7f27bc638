import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { renderSignIn, SIGN_IN_LINK_HOURS } from "../email/render";
import { env } from "../env";
import { safeRedirectPath } from "../security/safe-redirect";
import { isProvisioned, provisionedUsersAdapter } from "./adapter";
import { findDemoUser } from "./demo";
import { signInTokenHash } from "./sign-in-token";

const LINK_MAX_AGE_SECONDS = SIGN_IN_LINK_HOURS * 60 * 60;

/** The neutral page every email sign-in ends on, whether or not the address is provisioned. */
export const CHECK_EMAIL_PATH = "/signin/check-email";

/**
 * Where next-auth sends a browser after it has queued a sign-in email (its own verify-request
 * route, which forwards to CHECK_EMAIL_PATH). Unknown addresses get this very URL too, so the
 * answer is byte for byte the same and does not reveal who has an account.
 */
export function verifyRequestUrl(appUrl: string): string {
  return `${appUrl}/api/auth/verify-request?provider=email&type=email`;
}

/**
 * Writes the magic-link email to the outbox (R15); it is delivered like every other email.
 * next-auth is the request edge here: it read the clock once for the link's `expires`, so the
 * email is queued at that same moment (expires minus the link's life), never at a second reading.
 */
export async function queueSignInEmail(request: {
  identifier: string;
  url: string;
  expires: Date;
  token: string;
}): Promise<void> {
  const now = new Date(request.expires.getTime() - LINK_MAX_AGE_SECONDS * 1000);
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: request.identifier.toLowerCase() } });
  if (!user) return; // never reached for unknown addresses (signIn callback), kept as a second guard
  const email = await renderSignIn(user.email, {
    url: request.url,
    name: user.name,
    locale: recipientLocale(user.locale),
  });
  await db.$transaction((tx) =>
    queueEmail(tx, {
      ...email,
      now,
      userId: user.id,
      partnerId: user.partnerId,
      linkTokenHash: signInTokenHash(request.token),
    }),
  );
}

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    EmailProvider({
      server: "smtp://unused.invalid", // never used: the outbox delivers the email
      from: env().emailFrom,
      maxAge: LINK_MAX_AGE_SECONDS,
      sendVerificationRequest: queueSignInEmail,
    }),
  ];
  if (env().demoMode) {
    list.push(
      CredentialsProvider({
        id: "demo",
        name: "Demo user",
        credentials: { email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          if (!env().demoMode || !credentials?.email) return null; // checked on every call, server-side
          // Only the seed's demo users: demo mode on a real database must not open real accounts.
          return findDemoUser(credentials.email);
        },
      }),
    );
  }
  return list;
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.authSecret,
    adapter: provisionedUsersAdapter(),
    session: { strategy: "jwt" },
    pages: { signIn: "/signin", verifyRequest: CHECK_EMAIL_PATH, error: "/signin" },
    providers: providers(),
    callbacks: {
      async signIn({ user, email }) {
        // An unknown address gets exactly the same answer as a known one, and no email.
        if (email?.verificationRequest && !(user.email && (await isProvisioned(user.email)))) {
          return verifyRequestUrl(e.appUrl);
        }
        return true;
      },
      // Every callbackUrl next-auth honours (sign-in, sign-out) goes through the one same-site check.
      async redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, { appUrl: baseUrl, fallback: "/references" })}`;
      },
      async jwt({ token, user }) {
        if (user) {
          token.userId = user.id;
          token.signedInAt = Date.now(); // compared with "sign out of every session" (load-actor.ts)
        }
        return token;
      },
      async session({ session, token }) {
        return {
          ...session,
          userId: typeof token.userId === "string" ? token.userId : undefined,
          signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : undefined,
        };
      },
    },
  };
}
