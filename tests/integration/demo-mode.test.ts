import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerUserActor } from "@/lib/auth/actor";
import { isProvisioned } from "@/lib/auth/adapter";
import {
  findDemoUser,
  getDemoEmail,
  isReservedExampleAddress,
  listDemoMailbox,
  listDemoUsers,
} from "@/lib/auth/demo";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { createReference } from "@/lib/references/create";
import { openServiceCase } from "@/lib/service-center/cases";
import { seedWorld, type World } from "../support/factories";
import { T0, validInput } from "../support/lifecycle";

// Demo mode on a database that also holds real people and real partners (decision 022): it only
// ever touches demo users and demo partners, and the demo agent — who would see every partner —
// is off while a real partner exists.

const REAL = "real.person@bigcorp.test";
let world: World;

beforeAll(async () => {
  world = await seedWorld();
  const db = await getDb();
  for (const to of ["admin@contoso.example", "riley@litware.example", "someone@example.com"])
    await db.outboxEmail.create({
      data: { to, subject: `to ${to}`, html: "<p>link</p>", text: "link", partnerId: world.contoso.id },
    });
});

describe("demo mode with demo partners only (lib/auth/demo.ts)", () => {
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
    expect(await loadActor(world.actors.agent.userId)).toMatchObject({ kind: "agent", isDemo: true });
  });

  it("reserved example domains are recognised exactly", () => {
    expect(isReservedExampleAddress("a@litware.example")).toBe(true);
    expect(isReservedExampleAddress("a@example.org")).toBe(true);
    expect(isReservedExampleAddress("a@example.org.evil.com")).toBe(false);
    expect(isReservedExampleAddress("a@notexample.com")).toBe(false);
  });
});

describe("Decision 022: demo identities never reach a real partner", () => {
  let realAdmin: PartnerUserActor;
  let realReferenceId: string;

  beforeAll(async () => {
    const db = await getDb();
    const northwind = await db.partner.create({
      data: {
        name: "Northwind Traders",
        programId: "9900001",
        locations: { create: { name: "Oslo", country: "Norway" } },
      },
      include: { locations: true },
    });
    const user = await db.user.create({
      data: {
        email: REAL,
        name: "Real Person",
        partnerId: northwind.id,
        roles: { create: { partnerId: northwind.id, role: "GLOBAL_ADMINISTRATOR" } },
      },
    });
    await db.user.create({ data: { email: "agent@rsc.test", name: "Real Agent", kind: "SERVICE_AGENT" } });
    await db.outboxEmail.create({
      data: { to: REAL, subject: "to the real person", html: "<p>link</p>", text: "link", userId: user.id },
    });
    realAdmin = (await loadActor(user.id)) as PartnerUserActor;
    // A real partner's customer at an example domain: the email carries a working customer link.
    const created = await createReference({
      actor: realAdmin,
      input: validInput(world, {
        locationId: northwind.locations[0]!.id,
        contactEmail: "riley@customer.example",
        customerCompany: "Real Customer AS",
      }),
      now: T0,
    });
    if (!created.ok) throw new Error(created.message);
    realReferenceId = created.data.id;
  });

  it("the demo agent is not offered, not accepted in one click, and its session is refused", async () => {
    const users = await listDemoUsers();
    expect(users.map((u) => u.name)).not.toContain("Alex Morgan");
    expect(users).toHaveLength(5);
    expect(await findDemoUser("agent@servicecenter.example")).toBeNull();
    expect(await loadActor(world.actors.agent.userId)).toBeNull();
    // Nor is a sign-in link mailed to it (the mailbox would show it).
    expect(await isProvisioned("agent@servicecenter.example")).toBe(false);
    expect(await isProvisioned("agent@rsc.test")).toBe(true);
    // Demo partner users keep working: they see their own (demo) partner only.
    expect(await findDemoUser("ADMIN@contoso.example")).toMatchObject({ email: "admin@contoso.example" });
    expect(await loadActor(world.actors.global.userId)).toMatchObject({ partnerId: world.contoso.id });
    expect(await findDemoUser(REAL)).toBeNull();
  });

  it("the mailbox shows mail to demo users and example addresses about demo partners, nothing else", async () => {
    const all = await listDemoMailbox({ limit: 200 });
    const shown = all.map((e) => e.to);
    expect(shown).toEqual(
      expect.arrayContaining(["admin@contoso.example", "riley@litware.example", "someone@example.com"]),
    );
    expect(shown).not.toContain(REAL);
    expect(shown).not.toContain("riley@customer.example");
    expect(await listDemoMailbox({ limit: 200, to: REAL })).toEqual([]);
    const db = await getDb();
    for (const to of [REAL, "riley@customer.example"]) {
      const real = await db.outboxEmail.findFirstOrThrow({ where: { to } });
      expect(await getDemoEmail(real.id), to).toBeNull();
    }
  });

  it("without SERVICE_CENTER_EMAIL a real partner's case is announced to real agents only", async () => {
    const db = await getDb();
    await db.referenceRequest.update({
      where: { id: realReferenceId },
      data: { status: "CUSTOMER_APPROVED" },
    });
    const opened = await openServiceCase({
      actor: realAdmin,
      input: { referenceId: realReferenceId, type: "ASSIGNMENT_HELP", message: "Please assign it." },
      now: T0,
    });
    expect(opened.ok).toBe(true);
    const notices = await db.outboxEmail.findMany({
      where: { template: "case-opened" },
      select: { to: true },
    });
    expect(notices.map((n) => n.to)).toEqual(["agent@rsc.test"]);
    expect(await listDemoMailbox({ limit: 200, to: "agent@servicecenter.example" })).toEqual([]);
  });
});
