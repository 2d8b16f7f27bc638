import "server-only";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";

// Demo mode (one-click sign-in, /dev/mailbox) may be switched on against a database that also holds
// real people. Everything it shows or accepts is therefore limited to demo users (User.isDemo), demo
// partners (Partner.isDemo) and addresses no real person can own (decision 022). The demo agent —
// agents see every partner — is offered only while every partner is a demo partner.

/** `role` in English; `roleParts` for pages that word it in another language. */
export type DemoUser = { email: string; name: string; role: string; roleParts: DemoRoleParts };

export type DemoRoleParts =
  | { kind: "agent" }
  | { kind: "global" | "member"; partner: string }
  | { kind: "local"; locations: string[] };

/** RFC 2606 names: mail to them can never reach anyone, so showing it exposes no one. */
export function isReservedExampleAddress(address: string): boolean {
  const domain = address.toLowerCase().split("@").pop() ?? "";
  return /(^|\.)example$/.test(domain) || /(^|\.)example\.(com|net|org)$/.test(domain);
}

/** True while the database holds a partner that is not demo data: the demo agent is then off. */
export async function realPartnersExist(): Promise<boolean> {
  const db = await getDb();
  return (await db.partner.findFirst({ where: { isDemo: false }, select: { id: true } })) !== null;
}

/** Which users the one-click sign-in may offer: demo users, less the demo agent while real partners exist. */
async function offeredWhere(): Promise<Prisma.UserWhereInput> {
  return (await realPartnersExist())
    ? { isDemo: true, kind: "PARTNER_USER", partner: { isDemo: true } }
    : { isDemo: true };
}

/** The demo users offered on /signin, from the database, labelled with their role. */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const users = await (await getDb()).user.findMany({
    where: await offeredWhere(),
    include: { partner: true, roles: { include: { location: true } } },
    orderBy: [{ createdAt: "asc" }, { email: "asc" }],
    take: 50,
  });
  return users.map((u) => {
    const roleParts = rolePartsOf(u);
    return { email: u.email, name: u.name, role: englishRole(roleParts), roleParts };
  });
}

type UserWithRoles = Prisma.UserGetPayload<{
  include: { partner: true; roles: { include: { location: true } } };
}>;

function rolePartsOf(user: UserWithRoles): DemoRoleParts {
  if (user.kind === "SERVICE_AGENT") return { kind: "agent" };
  const partner = user.partner?.name ?? "";
  if (user.roles.some((r) => r.role === "GLOBAL_ADMINISTRATOR")) return { kind: "global", partner };
  const locations = user.roles.flatMap((r) => (r.location ? [r.location.name] : []));
  if (locations.length > 0) return { kind: "local", locations };
  return { kind: "member", partner };
}

function englishRole(parts: DemoRoleParts): string {
  if (parts.kind === "agent") return "Regional Service Center agent";
  if (parts.kind === "global") return `Global Administrator, ${parts.partner}`;
  if (parts.kind === "local") return `Local Administrator, ${parts.locations.join(", ")}`;
  return `Member, ${parts.partner}`;
}

/** The demo user with this address, or null: the one-click provider accepts nobody else. */
export async function findDemoUser(email: string) {
  return (await getDb()).user.findFirst({
    where: { AND: [{ email: email.toLowerCase() }, await offeredWhere()] },
    select: { id: true, email: true, name: true },
  });
}

/**
 * Where the development mailbox may look: mail to demo users and to reserved example domains, and
 * only about demo partners — a real partner's request to a `.example` customer, or its case notice
 * to the demo agent, carries a working link or a real partner's business and never shows.
 */
async function demoRecipientsWhere(): Promise<Prisma.OutboxEmailWhereInput> {
  const demoAddresses = await (await getDb()).user.findMany({
    where: { isDemo: true },
    select: { email: true },
    take: 200,
  });
  return {
    AND: [
      {
        OR: [
          { to: { in: demoAddresses.map((u) => u.email) } },
          { to: { endsWith: ".example", mode: "insensitive" } },
          ...["example.com", "example.net", "example.org"].map((d) => ({
            to: { endsWith: `@${d}`, mode: "insensitive" as const },
          })),
        ],
      },
      { OR: [{ partnerId: null }, { partner: { isDemo: true } }] },
      { OR: [{ referenceId: null }, { reference: { partner: { isDemo: true } } }] },
      { OR: [{ userId: null }, { user: { isDemo: true } }] },
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
