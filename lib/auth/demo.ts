import "server-only";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";

// Demo mode (one-click sign-in, /dev/mailbox) may be switched on against a database that also holds
// real people. Everything it shows or accepts is therefore limited to the seed's demo users
// (User.isDemo) and to addresses no real person can own (decision 022).

export type DemoUser = { email: string; name: string; role: string };

/** RFC 2606 names: mail to them can never reach anyone, so showing it exposes no one. */
export function isReservedExampleAddress(address: string): boolean {
  const domain = address.toLowerCase().split("@").pop() ?? "";
  return /(^|\.)example$/.test(domain) || /(^|\.)example\.(com|net|org)$/.test(domain);
}

/** The demo users offered on /signin, from the database, labelled with their role. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const users = await (await getDb()).user.findMany({
    where: { isDemo: true },
    include: { partner: true, roles: { include: { location: true } } },
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    take: 50,
  });
  return users.map((u) => ({ email: u.email, name: u.name, role: roleLabel(u) }));
}

type UserWithRoles = Prisma.UserGetPayload<{
  include: { partner: true; roles: { include: { location: true } } };
}>;

function roleLabel(user: UserWithRoles): string {
  if (user.kind === "SERVICE_AGENT") return "Regional Service Center agent";
  if (user.roles.some((r) => r.role === "GLOBAL_ADMINISTRATOR"))
    return `Global Administrator, ${user.partner?.name ?? ""}`;
  const locations = user.roles.flatMap((r) => (r.location ? [r.location.name] : []));
  if (locations.length > 0) return `Local Administrator, ${locations.join(", ")}`;
  return `Member, ${user.partner?.name ?? ""}`;
}

/** The demo user with this address, or null: the one-click provider accepts nobody else. */
export async function findDemoUser(email: string) {
  return (await getDb()).user.findFirst({
    where: { email: email.toLowerCase(), isDemo: true },
    select: { id: true, email: true, name: true },
  });
}

/** Where the development mailbox may look: mail to demo users and to reserved example domains. */
async function demoRecipientsWhere(): Promise<Prisma.OutboxEmailWhereInput> {
  const demoAddresses = await (await getDb()).user.findMany({
    where: { isDemo: true },
    select: { email: true },
    take: 200,
  });
  return {
    OR: [
      { to: { in: demoAddresses.map((u) => u.email) } },
      { to: { endsWith: ".example", mode: "insensitive" } },
      ...["example.com", "example.net", "example.org"].map((d) => ({
        to: { endsWith: `@${d}`, mode: "insensitive" as const },
      })),
    ],
  };
}

/** The newest mailbox emails (optionally to one address), limited to demo recipients. */
export async function listDemoMailbox(options: { limit: number; to?: string }) {
  const db = await getDb();
  const where: Prisma.OutboxEmailWhereInput = {
    AND: [await demoRecipientsWhere(), options.to ? { to: options.to } : {}],
  };
  return db.outboxEmail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit, 1), 200),
    select: { id: true, to: true, subject: true, status: true, createdAt: true },
  });
}

/** One mailbox email, or null when it is not addressed to a demo recipient. */
export async function getDemoEmail(id: string) {
  if (id.length > 64) return null;
  const db = await getDb();
  return db.outboxEmail.findFirst({ where: { AND: [{ id }, await demoRecipientsWhere()] } });
}
