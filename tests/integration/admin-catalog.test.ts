import { beforeAll, describe, expect, it } from "vitest";
import { addCompetency, retireCompetency, updateRequirements } from "@/lib/competencies/catalog-admin";
import { competencyCatalog } from "@/lib/competencies/catalog-queries";
import { eligibleCompetencies } from "@/lib/competencies/eligible";
import { competencyProgress } from "@/lib/competencies/progress";
import { getDb } from "@/lib/db/client";
import { assignReference } from "@/lib/references/assign";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts } from "../support/admin";
import { insertReference, seedWorld, type World } from "../support/factories";

// A4: count changes take effect for progress at once; retiring never removes an assignment and
// blocks new ones.

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const progressOf = async (name: string) =>
  (await competencyProgress({ actor: world.actors.member, now })).find((r) => r.name === name)!;

describe("A4: the competency catalog", () => {
  it("A4: raising Cloud Platform's silver count from 3 to 4 un-meets silver at once, and is audited", async () => {
    for (let i = 0; i < 3; i++)
      await insertReference(world, { status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
    expect(await progressOf("Cloud Platform")).toMatchObject({
      count: 3,
      silverRequired: 3,
      silverMet: true,
    });
    const result = await updateRequirements({
      actor: world.actors.agent,
      competencyId: world.competency("Cloud Platform").id,
      input: {
        silverRequired: "4",
        goldRequired: "5",
        projectTypes: ["CLOUD_MIGRATION", "CLOUD_INFRASTRUCTURE"],
      },
      now,
    });
    expect(result).toEqual({ ok: true, data: { name: "Cloud Platform" } });
    expect(await progressOf("Cloud Platform")).toMatchObject({
      count: 3,
      silverRequired: 4,
      silverMet: false,
    });
    const event = await (await getDb()).auditEvent.findFirstOrThrow({
      where: { action: "competency.changed" },
    });
    expect(event).toMatchObject({
      partnerId: null,
      actorLabel: "Alex Morgan (Regional Service Center)",
      before: { silverRequired: 3 },
      after: { silverRequired: 4 },
    });
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    ["silver 0", { silverRequired: "0" }, { silverRequired: ["The silver count must be at least 1."] }],
    ["gold 21", { goldRequired: "21" }, { goldRequired: ["The gold count must be at most 20."] }],
    [
      "gold below silver",
      { silverRequired: "6", goldRequired: "5" },
      { goldRequired: ["The gold count must be at least the silver count."] },
    ],
    [
      "no project type",
      { projectTypes: [] },
      { projectTypes: ["Choose at least one eligible project type."] },
    ],
    [
      "an unknown project type",
      { projectTypes: ["KNITTING"] },
      { projectTypes: ["Choose project types from the list."] },
    ],
    [
      "a count that is not a number",
      { silverRequired: "three" },
      { silverRequired: ["Enter the silver count as a whole number."] },
    ],
  ])("bad input: %s gets a field message and writes nothing", async (_label, over, fieldErrors) => {
    const before = await adminCounts();
    const result = await updateRequirements({
      actor: world.actors.agent,
      competencyId: world.competency("Security").id,
      input: { silverRequired: "2", goldRequired: "4", projectTypes: ["SECURITY"], ...over },
      now,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", fieldErrors });
    expect(await adminCounts()).toEqual(before);
  });

  it("bad input: a new competency with a duplicate or 10 000-character name is refused", async () => {
    const base = { silverRequired: "3", goldRequired: "5", projectTypes: ["DEVOPS"] };
    expect(
      await addCompetency({ actor: world.actors.agent, input: { ...base, name: "devops" }, now }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: [ADMIN_MESSAGES.duplicateCompetency] },
    });
    expect(
      await addCompetency({ actor: world.actors.agent, input: { ...base, name: "d".repeat(10_000) }, now }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Use at most 200 characters for the competency's name."] },
    });
    const added = await addCompetency({
      actor: world.actors.agent,
      input: { ...base, name: "Platform Engineering" },
      now,
    });
    expect(added.ok).toBe(true);
    expect((await competencyCatalog()).find((c) => c.name === "Platform Engineering")).toMatchObject({
      silverRequired: 3,
      goldRequired: 5,
      projectTypes: ["DEVOPS"],
      retiredAt: null,
    });
  });

  it("A4: retiring keeps assigned references counting, and refuses a new assignment", async () => {
    const assigned = await insertReference(world, {
      status: "CUSTOMER_APPROVED",
      competency: "Messaging",
      projectType: "MESSAGING",
    });
    const waiting = await insertReference(world, { status: "CUSTOMER_APPROVED", projectType: "MESSAGING" });
    const messaging = world.competency("Messaging");
    expect(await retireCompetency({ actor: world.actors.agent, competencyId: messaging.id, now })).toEqual({
      ok: true,
      data: { name: "Messaging" },
    });
    expect(await progressOf("Messaging")).toMatchObject({ count: 1 });
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id: assigned.id } })).competencyId).toBe(
      messaging.id,
    );
    const refused = await assignReference({
      actor: world.actors.global,
      referenceId: waiting.id,
      competencyId: messaging.id,
      now,
    });
    expect(refused).toEqual({
      ok: false,
      code: "NOT_ELIGIBLE",
      message: "Messaging is retired and takes no new references.",
    });
    const options = await eligibleCompetencies({ actor: world.actors.global, referenceId: waiting.id });
    expect(options.ok && options.data.map((o) => o.name)).not.toContain("Messaging");
    expect(
      await retireCompetency({ actor: world.actors.agent, competencyId: messaging.id, now }),
    ).toMatchObject({
      ok: false,
      message: ADMIN_MESSAGES.competencyAlreadyRetired,
    });
  });
});
