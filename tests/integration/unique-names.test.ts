import { beforeAll, describe, expect, it } from "vitest";
import { addCompetency } from "@/lib/competencies/catalog-admin";
import { getDb } from "@/lib/db/client";
import { addLocation } from "@/lib/partners/locations";
import { onboardPartner } from "@/lib/partners/onboard";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { seedWorld, type World } from "../support/factories";

// Names are unique without regard to case — locations within a partner, partners, competencies —
// and the database says so (an index on lower(name)), so a race of "Berlin" and "berlin" leaves
// one, and the loser gets the same clear message as a plain duplicate.

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const isUnique = (error: unknown) => (error as { code?: string }).code === "P2002";

describe("case-insensitive names, in the database", () => {
  it("a location, partner or competency whose name differs only in case cannot be written, even past the checks", async () => {
    const db = await getDb();
    await db.location.create({ data: { partnerId: world.contoso.id, name: "Berlin", country: "Germany" } });
    const writes = [
      db.location.create({ data: { partnerId: world.contoso.id, name: "BERLIN", country: "Germany" } }),
      db.partner.create({ data: { name: "contoso" } }),
      db.competency.create({ data: { name: "CLOUD PLATFORM" } }),
    ];
    for (const write of writes)
      await expect(write.catch((e) => (isUnique(e) ? "unique" : e))).resolves.toBe("unique");
    // Another partner may have its own Berlin.
    await expect(
      db.location.create({ data: { partnerId: world.fabrikam.id, name: "berlin", country: "Germany" } }),
    ).resolves.toMatchObject({ name: "berlin" });
  });

  it("two agents adding 'Hamburg' and 'hamburg' at once: one location, one duplicate message", async () => {
    const results = await Promise.all(
      ["Hamburg", "hamburg"].map((name) =>
        addLocation({
          actor: world.actors.agent,
          partnerId: world.contoso.id,
          input: { name, country: "Germany" },
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      fieldErrors: { name: [ADMIN_MESSAGES.duplicateLocation] },
    });
    const db = await getDb();
    expect(
      await db.location.count({
        where: { partnerId: world.contoso.id, name: { equals: "hamburg", mode: "insensitive" } },
      }),
    ).toBe(1);
  });

  it("two partners onboarded as 'Litware' and 'LITWARE' at once: one partner, the other told its name is taken", async () => {
    const results = await Promise.all(
      [
        ["Litware", "5550001", "a@litware.example"],
        ["LITWARE", "5550002", "b@litware.example"],
      ].map(([name, programId, adminEmail]) =>
        onboardPartner({
          actor: world.actors.agent,
          input: {
            name,
            programId,
            locations: [{ name: "Oslo", country: "Norway" }],
            adminEmail,
            adminName: "Lit Ware",
          },
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      fieldErrors: { name: [ADMIN_MESSAGES.duplicatePartnerName] },
    });
  });

  it("two agents adding 'Quantum Services' and 'quantum services' at once: one competency", async () => {
    const input = { silverRequired: "3", goldRequired: "5", projectTypes: ["BUSINESS_INTELLIGENCE"] };
    const results = await Promise.all(
      ["Quantum Services", "quantum services"].map((name) =>
        addCompetency({ actor: world.actors.agent, input: { ...input, name }, now }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      fieldErrors: { name: [ADMIN_MESSAGES.duplicateCompetency] },
    });
  });
});
