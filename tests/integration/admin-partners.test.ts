import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { onboardPartner, renamePartner } from "@/lib/partners/onboard";
import { findPartners } from "@/lib/partners/queries";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts, invitationTokenFor } from "../support/admin";
import { seedWorld, type World } from "../support/factories";

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const adatum = (over: Record<string, unknown> = {}) => ({
  name: "Adatum Consulting",
  programId: "1234567",
  locations: [
    { name: "Oslo", country: "Norway" },
    { name: "Lima", country: "Peru" },
  ],
  adminEmail: "gunnar@adatum.example",
  adminName: "Gunnar Berg",
  ...over,
});

describe("onboarding a partner", () => {
  it("A7: an agent onboards a partner with locations and an invitation for its Global Administrator, all audited", async () => {
    const before = await adminCounts();
    const result = await onboardPartner({ actor: world.actors.agent, input: adatum(), now });
    expect(result).toMatchObject({ ok: true, data: { name: "Adatum Consulting" } });
    expect(await adminCounts()).toEqual({
      ...before,
      partners: before.partners + 1,
      locations: before.locations + 2,
      invitations: before.invitations + 1,
      audit: before.audit + 2,
      outbox: before.outbox + 1,
    });
    const db = await getDb();
    const invitation = await db.invitation.findUniqueOrThrow({ where: { email: "gunnar@adatum.example" } });
    expect(invitation.role).toBe("GLOBAL_ADMINISTRATOR");
    await expect(invitationTokenFor("gunnar@adatum.example")).resolves.toHaveLength(43);
    const found = await findPartners({ actor: world.actors.agent, q: "1234567" });
    expect(found.map((p) => p.name)).toEqual(["Adatum Consulting"]);
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    [
      "a duplicate program ID",
      { name: "Other", programId: "1234567", adminEmail: "x@other.example" },
      { programId: [ADMIN_MESSAGES.duplicateProgramId] },
    ],
    [
      "a duplicate name",
      { name: "contoso", programId: "7654321", adminEmail: "x@other.example" },
      { name: [ADMIN_MESSAGES.duplicatePartnerName] },
    ],
    [
      "a program ID that is not 7 digits",
      { programId: "12AB" },
      { programId: ["The program ID is the partner's 7-digit number, such as 1234567."] },
    ],
    [
      "an invalid email",
      { programId: "1111111", adminEmail: "not-an-email" },
      { adminEmail: ["Enter a valid email address, such as name@example.com."] },
    ],
    [
      "a 10 000-character name",
      { name: "n".repeat(10_000), programId: "1111111" },
      { name: ["Use at most 200 characters for the partner's name."] },
    ],
    ["no locations", { programId: "1111111", locations: [] }, { locations: ["Add at least one location."] }],
    [
      "two locations with one name",
      {
        programId: "1111111",
        locations: [
          { name: "Oslo", country: "Norway" },
          { name: "oslo", country: "Norway" },
        ],
      },
      { "locations.1.name": ["Each location needs its own name."] },
    ],
    [
      "an email of another partner's user",
      { name: "Other", programId: "2222222", adminEmail: "admin@contoso.example" },
      { adminEmail: [ADMIN_MESSAGES.emailUnavailable] },
    ],
  ])("bad input: %s gets a field message and writes nothing", async (_label, over, fieldErrors) => {
    const before = await adminCounts();
    const result = await onboardPartner({ actor: world.actors.agent, input: adatum(over), now });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors });
    expect(await adminCounts()).toEqual(before);
  });

  it("the same program ID onboarded twice at the same moment: one partner", async () => {
    const results = await Promise.all([
      onboardPartner({
        actor: world.actors.agent,
        input: adatum({ name: "Race A", programId: "3333333", adminEmail: "a@race.example" }),
        now,
      }),
      onboardPartner({
        actor: world.actors.agent,
        input: adatum({ name: "Race B", programId: "3333333", adminEmail: "b@race.example" }),
        now,
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await (await getDb()).partner.count({ where: { programId: "3333333" } })).toBe(1);
  });

  it("an agent renames a partner; a name another partner has is refused", async () => {
    expect(
      await renamePartner({ actor: world.actors.agent, partnerId: world.fabrikam.id, name: "Contoso", now }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: [ADMIN_MESSAGES.duplicatePartnerName] },
    });
    expect(
      await renamePartner({
        actor: world.actors.agent,
        partnerId: world.fabrikam.id,
        name: "Fabrikam Inc.",
        now,
      }),
    ).toEqual({
      ok: true,
      data: { name: "Fabrikam Inc." },
    });
  });
});
