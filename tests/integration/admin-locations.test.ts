import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addLocation, archiveLocation, renameLocation } from "@/lib/partners/locations";
import { creatableLocations } from "@/lib/partners/queries";
import { createReference } from "@/lib/references/create";
import { MESSAGES } from "@/lib/references/wording";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts } from "../support/admin";
import { insertReference, seedWorld, type World } from "../support/factories";
import { validInput } from "../support/lifecycle";

// A6: archived locations take no new references; existing ones stay with their history.

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

describe("locations", () => {
  it("A7: a Global Administrator adds a location; the audit event says who, when and what", async () => {
    const result = await addLocation({
      actor: world.actors.global,
      partnerId: world.contoso.id,
      input: { name: " Quito ", country: "Ecuador" },
      now,
    });
    expect(result).toMatchObject({ ok: true, data: { name: "Quito" } });
    const event = await (await getDb()).auditEvent.findFirstOrThrow({ where: { action: "location.added" } });
    expect(event).toMatchObject({
      partnerId: world.contoso.id,
      kind: "LOCATION",
      actorLabel: "Dana Whitfield",
      subjectLabel: "Quito",
      after: { name: "Quito", country: "Ecuador" },
    });
    expect(event.createdAt).toEqual(now);
  });

  it.each([
    [
      "a duplicate name (any case)",
      { name: "seattle", country: "United States" },
      { name: [ADMIN_MESSAGES.duplicateLocation] },
    ],
    ["an empty name", { name: "  ", country: "Norway" }, { name: ["Enter the location's name."] }],
    [
      "a 10 000-character name",
      { name: "x".repeat(10_000), country: "Norway" },
      { name: ["Use at most 200 characters for the location's name."] },
    ],
    ["a missing country", { name: "Bergen" }, { country: ["Enter the country."] }],
  ])("bad input: %s gets a field message and writes nothing", async (_label, input, fieldErrors) => {
    const before = await adminCounts();
    const result = await addLocation({ actor: world.actors.global, partnerId: world.contoso.id, input, now });
    expect(result).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: ADMIN_MESSAGES.invalidInput,
      fieldErrors,
    });
    expect(await adminCounts()).toEqual(before);
  });

  it("renaming to another location's name is refused; renaming keeps the references", async () => {
    const sydney = world.location("Sydney");
    const ref = await insertReference(world, { location: "Sydney" });
    expect(
      await renameLocation({
        actor: world.actors.global,
        locationId: sydney.id,
        input: { name: "Munich", country: "Germany" },
        now,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { name: [ADMIN_MESSAGES.duplicateLocation] } });
    expect(
      await renameLocation({
        actor: world.actors.global,
        locationId: sydney.id,
        input: { name: "Sydney CBD", country: "Australia" },
        now,
      }),
    ).toEqual({ ok: true, data: { name: "Sydney CBD" } });
    const stored = await (await getDb()).referenceRequest.findUniqueOrThrow({
      where: { id: ref.id },
      include: { location: true },
    });
    expect(stored.location.name).toBe("Sydney CBD");
  });
});

describe("A6: archived locations", () => {
  it("A6: an archived location takes no new reference, keeps its existing ones, and leaves the create list", async () => {
    const db = await getDb();
    const munich = world.location("Munich");
    const existing = await insertReference(world, { location: "Munich" });
    expect(await archiveLocation({ actor: world.actors.global, locationId: munich.id, now })).toEqual({
      ok: true,
      data: { name: "Munich" },
    });
    const refused = await createReference({
      actor: world.actors.munich,
      input: validInput(world, { locationId: munich.id }),
      now,
    });
    expect(refused).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: MESSAGES.invalidInput,
      fieldErrors: { locationId: [MESSAGES.locationArchived] },
    });
    expect((await creatableLocations(world.actors.global)).map((l) => l.name)).not.toContain("Munich");
    expect(await db.referenceRequest.findUnique({ where: { id: existing.id } })).not.toBeNull();
    expect(await archiveLocation({ actor: world.actors.global, locationId: munich.id, now })).toMatchObject({
      ok: false,
      message: ADMIN_MESSAGES.locationAlreadyArchived,
    });
  });

  it("A6: archiving twice at the same moment records one event", async () => {
    const added = await addLocation({
      actor: world.actors.global,
      partnerId: world.contoso.id,
      input: { name: "Twice", country: "X" },
      now,
    });
    if (!added.ok) throw new Error(added.message);
    const results = await Promise.all(
      [1, 2, 3].map(() => archiveLocation({ actor: world.actors.global, locationId: added.data.id, now })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      await (await getDb()).auditEvent.count({
        where: { subjectId: added.data.id, action: "location.archived" },
      }),
    ).toBe(1);
  });
});
