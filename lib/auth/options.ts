import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { renderSignIn, SIGN_IN_LINK_HOURS } from "../email/render";
import { env } from "../env";
import { isProvisioned, provisionedUsersAdapter } from "./adapter";

const LINK_MAX_AGE_SECONDS = SIGN_IN_LINK_HOURS * 60 * 60;

/** The neutral page every email sign-in ends on, whether or not the address is provisioned. */
export const CHECK_EMAIL_PATH = "/signin/check-email";

/** Writes the magic-link email to the outbox (R15); it is delivered like every other email. */
async function queueSignInEmail({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email: identifier.toLowerCase() } });
  if (!user) return; // never reached for unknown addresses (signIn callback), kept as a second guard
  const email = await renderSignIn(user.email, { url, name: user.name });
  await db.$transaction((tx) => queueEmail(tx, { ...email, userId: user.id }));
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
          const user = await (await getDb()).user.findUnique({
            where: { email: credentials.email.toLowerCase() },
          });
          return user ? { id: user.id, email: user.email, name: user.name } : null;
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
          return `${e.appUrl}${CHECK_EMAIL_PATH}`;
        }
        return true;
      },
      async jwt({ token, user }) {
        if (user) token.userId = user.id;
        return token;
      },
      async session({ session, token }) {
        return { ...session, userId: typeof token.userId === "string" ? token.userId : undefined };
      },
    },
  };
}
