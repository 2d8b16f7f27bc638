import { beforeAll, describe, expect, it } from "vitest";
import { eligibleCompetencies } from "@/lib/competencies/eligible";
import { getDb } from "@/lib/db/client";
import { assignReference } from "@/lib/references/assign";
import { getReferenceDetail } from "@/lib/references/detail";
import { MESSAGES } from "@/lib/references/wording";
import { insertReference, seedWorld, type World, writeSnapshot } from "../support/factories";

const now = new Date("2026-12-01T12:00:00Z");
let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

async function eventsOf(referenceId: string) {
  const db = await getDb();
  return db.referenceEvent.findMany({
    where: { referenceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

describe("assignReference", () => {
  it.each(["CUSTOMER_APPROVED", "MICROSOFT_AUTO_APPROVED"] as const)(
    "R7: a %s reference can be assigned, and the assignment is recorded (R14)",
    async (status) => {
      const ref = await insertReference(world, { status });
      const cloud = world.competency("Cloud Platform");
      const result = await assignReference({
        actor: world.actors.seattle,
        referenceId: ref.id,
        competencyId: cloud.id,
        now,
      });
      expect(result).toEqual({ ok: true, data: { competencyName: "Cloud Platform", reassigned: false } });
      const db = await getDb();
      const stored = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
      expect(stored.competencyId).toBe(cloud.id);
      expect(stored.assignedAt).toEqual(now);
      const [event] = await eventsOf(ref.id);
      expect(event).toMatchObject({
        type: "ASSIGNED",
        actorKind: "PARTNER_USER",
        actorUserId: world.actors.seattle.userId,
        actorLabel: "Sam Ortega",
        before: { competencyId: null, competencyName: null },
        after: { competencyId: cloud.id, competencyName: "Cloud Platform" },
        createdAt: now,
      });
    },
  );

  it.each([
    ["AWAITING_APPROVAL", "Awaiting Approval"],
    ["CUSTOMER_REJECTED", "Customer Rejected"],
    ["CANCELED", "Canceled"],
  ] as const)("R7: a %s reference is not assigned and nothing is written", async (status, label) => {
    const ref = await insertReference(world, { status });
    const before = await writeSnapshot();
    const result = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
      now,
    });
    expect(result).toEqual({
      ok: false,
      code: "NOT_APPROVED",
      message: `Only approved references can be assigned to a competency. This request is ${label}.`,
    });
    expect(await writeSnapshot()).toEqual(before);
  });

  it("R9: assignment to an ineligible competency names the eligible types", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", projectType: "SECURITY" });
    const before = await writeSnapshot();
    const result = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
      now,
    });
    expect(result).toEqual({
      ok: false,
      code: "NOT_ELIGIBLE",
      message:
        "This reference's project type (Security assessment or deployment) is not eligible for Cloud Platform. Cloud Platform accepts: Migration to the cloud, Cloud infrastructure deployment.",
    });
    expect(await writeSnapshot()).toEqual(before);
  });

  it("R9: the drop-down offers exactly the competencies eligible for the project type", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", projectType: "CLOUD_MIGRATION" });
    const result = await eligibleCompetencies({ actor: world.actors.seattle, referenceId: ref.id });
    expect(result.ok && result.data.map((c) => c.name)).toEqual([
      "Cloud Platform",
      "Small and Midmarket Cloud Solutions",
    ]);
    const other = await eligibleCompetencies({ actor: world.actors.fabrikam, referenceId: ref.id });
    expect(other).toEqual({ ok: false, code: "NOT_FOUND", message: MESSAGES.notFound });
  });

  it("R11: reassigning moves the reference and the history keeps the competency it came from", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
    const smb = world.competency("Small and Midmarket Cloud Solutions");
    const result = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: smb.id,
      now,
    });
    expect(result).toEqual({
      ok: true,
      data: { competencyName: "Small and Midmarket Cloud Solutions", reassigned: true },
    });
    const [event] = await eventsOf(ref.id);
    expect(event).toMatchObject({
      type: "REASSIGNED",
      before: { competencyId: world.competency("Cloud Platform").id, competencyName: "Cloud Platform" },
      after: { competencyId: smb.id, competencyName: "Small and Midmarket Cloud Solutions" },
    });
  });

  it("R11: reassigning follows R9 like assigning does", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
    const result = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: world.competency("Security").id,
      now,
    });
    expect(result.ok === false && result.code).toBe("NOT_ELIGIBLE");
    const db = await getDb();
    const stored = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
    expect(stored.competencyId).toBe(world.competency("Cloud Platform").id);
  });

  it("R8: assigning to the competency it already has is refused, not recorded twice", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
    const before = await writeSnapshot();
    const result = await assignReference({
      actor: world.actors.agent,
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
      now,
    });
    expect(result).toEqual({
      ok: false,
      code: "SAME_COMPETENCY",
      message: "This reference is already assigned to Cloud Platform.",
    });
    expect(await writeSnapshot()).toEqual(before);
  });

  it("R8: the data model holds at most one competency per reference", async () => {
    const db = await getDb();
    const [column] = await db.$queryRaw<{ data_type: string }[]>`
      SELECT data_type FROM information_schema.columns
      WHERE table_name = 'ReferenceRequest' AND column_name = 'competencyId'`;
    expect(column?.data_type).toBe("text");
    // No table links a reference to competencies other than through that column: the only table
    // holding both ids is ServiceCase, a request for help, which counts toward nothing.
    const linking = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name IN ('referenceId', 'competencyId')
      GROUP BY table_name HAVING count(*) = 2 ORDER BY table_name`;
    expect(linking.map((t) => t.table_name)).toEqual(["ServiceCase"]);
  });

  it("R6: an agent assigns on the partner's behalf and is recorded as the Regional Service Center", async () => {
    const ref = await insertReference(world, { status: "MICROSOFT_AUTO_APPROVED", location: "Munich" });
    const result = await assignReference({
      actor: world.actors.agent,
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
      now,
    });
    expect(result.ok).toBe(true);
    const [event] = await eventsOf(ref.id);
    expect(event).toMatchObject({ actorKind: "AGENT", actorLabel: "Alex Morgan (Regional Service Center)" });
  });
});

describe("getReferenceDetail", () => {
  it("R14: the detail shows the history oldest first: who, what, before and after", async () => {
    const ref = await insertReference(world, {
      status: "CUSTOMER_APPROVED",
      customerCompany: "Tailspin Toys",
    });
    const cloud = world.competency("Cloud Platform");
    const smb = world.competency("Small and Midmarket Cloud Solutions");
    const later = new Date(now.getTime() + 60_000);
    await assignReference({ actor: world.actors.seattle, referenceId: ref.id, competencyId: cloud.id, now });
    await assignReference({
      actor: world.actors.agent,
      referenceId: ref.id,
      competencyId: smb.id,
      now: later,
    });

    const detail = await getReferenceDetail({ actor: world.actors.member, referenceId: ref.id, now });
    if (!detail.ok) throw new Error(detail.message);
    expect(detail.data).toMatchObject({
      customerCompany: "Tailspin Toys",
      projectDescription: "Moved the order system to the cloud.",
      competencyName: "Small and Midmarket Cloud Solutions",
      statusLabel: "Customer Approved",
      actions: {
        resend: null,
        assign: { allowed: false, label: "Reassign", reason: MESSAGES.assignForbidden },
      },
    });
    expect(detail.data.eligibleCompetencies.map((c) => c.name)).toEqual([
      "Cloud Platform",
      "Small and Midmarket Cloud Solutions",
    ]);
    expect(detail.data.history.map((e) => [e.type, e.actorLabel, e.before, e.after, e.createdAt])).toEqual([
      [
        "ASSIGNED",
        "Sam Ortega",
        { competencyId: null, competencyName: null },
        { competencyId: cloud.id, competencyName: "Cloud Platform" },
        now,
      ],
      [
        "REASSIGNED",
        "Alex Morgan (Regional Service Center)",
        { competencyId: cloud.id, competencyName: "Cloud Platform" },
        { competencyId: smb.id, competencyName: "Small and Midmarket Cloud Solutions" },
        later,
      ],
    ]);
  });

  it("R6: another partner's reference is not found, worded like an unknown id", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const notFound = { ok: false, code: "NOT_FOUND", message: MESSAGES.notFound };
    expect(await getReferenceDetail({ actor: world.actors.fabrikam, referenceId: ref.id, now })).toEqual(
      notFound,
    );
    expect(await getReferenceDetail({ actor: world.actors.global, referenceId: "nope", now })).toEqual(
      notFound,
    );
    const agent = await getReferenceDetail({ actor: world.actors.agent, referenceId: ref.id, now });
    expect(agent.ok && agent.data.partnerName).toBe("Contoso");
  });
});
