import { beforeAll, describe, expect, it } from "vitest";
import {
  findDemoUser,
  getDemoEmail,
  isReservedExampleAddress,
  listDemoMailbox,
  listDemoUsers,
} from "@/lib/auth/demo";
import { getDb } from "@/lib/db/client";
import { seedWorld } from "../support/factories";

// Demo mode on a database that also holds real people: it only ever touches the seed's demo users.

const REAL = "real.person@bigcorp.test";

beforeAll(async () => {
  const world = await seedWorld();
  const db = await getDb();
  await db.user.create({ data: { email: REAL, name: "Real Person", partnerId: world.fabrikam.id } });
  for (const to of [REAL, "admin@contoso.example", "riley@litware.example", "someone@example.com"])
    await db.outboxEmail.create({ data: { to, subject: `to ${to}`, html: "<p>link</p>", text: "link" } });
});

describe("demo mode (lib/auth/demo.ts)", () => {
  it("lists the seeded demo users with their roles, from the database", async () => {
    const users = await listDemoUsers();
    expect(users.map((u) => `${u.name}: ${u.role}`)).toEqual([
      "Dana Whitfield: Global Administrator, Contoso",
      "Sam Ortega: Local Administrator, Seattle",
      "Mia Baumann: Local Administrator, Munich",
      "Chris Lee: Member, Contoso",
      "Farah Haddad: Global Administrator, Fabrikam",
      "Alex Morgan: Regional Service Center agent",
    ]);
  });

  it("the one-click provider finds demo users only", async () => {
    expect(await findDemoUser("ADMIN@contoso.example")).toMatchObject({ email: "admin@contoso.example" });
    expect(await findDemoUser(REAL)).toBeNull();
  });

  it("the mailbox shows mail to demo users and example addresses, never to a real user", async () => {
    const all = await listDemoMailbox({ limit: 200 });
    expect(all.map((e) => e.to).sort()).toEqual([
      "admin@contoso.example",
      "riley@litware.example",
      "someone@example.com",
    ]);
    expect(await listDemoMailbox({ limit: 200, to: REAL })).toEqual([]);
    const real = await (await getDb()).outboxEmail.findFirstOrThrow({ where: { to: REAL } });
    expect(await getDemoEmail(real.id)).toBeNull();
  });

  it("reserved example domains are recognised exactly", () => {
    expect(isReservedExampleAddress("a@litware.example")).toBe(true);
    expect(isReservedExampleAddress("a@example.org")).toBe(true);
    expect(isReservedExampleAddress("a@example.org.evil.com")).toBe(false);
    expect(isReservedExampleAddress("a@notexample.com")).toBe(false);
  });
});
