import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { getDb } from "../db/client";
import { realPartnersExist } from "./demo";

// The minimal next-auth adapter for email sign-in with JWT sessions. Only provisioned users exist:
// the adapter never creates an account.

type UserRow = { id: string; email: string; name: string; emailVerified: Date | null };

function toAdapterUser(user: UserRow): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified };
}

export function provisionedUsersAdapter(): Adapter {
  return {
    async createUser() {
      throw new Error("Accounts are provisioned by the program; sign-in never creates one.");
    },
    async getUser(id) {
      const user = await (await getDb()).user.findUnique({ where: { id } });
      return user ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await (await getDb()).user.findUnique({ where: { email: email.toLowerCase() } });
      return user ? toAdapterUser(user) : null;
    },
    async updateUser(user) {
      const updated = await (await getDb()).user.update({
        where: { id: user.id },
        data: { emailVerified: user.emailVerified ?? undefined },
      });
      return toAdapterUser(updated);
    },
    async createVerificationToken(token) {
      await (await getDb()).verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      // Delete-and-return: a link works once, even when opened twice at the same moment.
      const db = await getDb();
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken" WHERE "identifier" = ${identifier} AND "token" = ${token}
        RETURNING "identifier", "token", "expires"`;
      return rows[0] ?? null;
    },
  };
}

/**
 * True when this address belongs to a provisioned user who may sign in: not the demo agent while
 * a real partner exists (decision 022; lib/auth/load-actor.ts refuses its session all the same).
 */
export async function isProvisioned(email: string): Promise<boolean> {
  const user = await (await getDb()).user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, isDemo: true, kind: true },
  });
  if (!user) return false;
  return !(user.isDemo && user.kind === "SERVICE_AGENT" && (await realPartnersExist()));
}
