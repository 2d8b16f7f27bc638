import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { partnerAdministrators } from "@/lib/partners/queries";
import { assignReference } from "@/lib/references/assign";
import { MESSAGES } from "@/lib/references/wording";
import {
  declineServiceCase,
  listServiceCases,
  openServiceCase,
  resolveServiceCase,
} from "@/lib/service-center/cases";
import { insertReference, seedWorld, type World, writeSnapshot } from "../support/factories";

const now = new Date("2026-12-01T12:00:00Z");
let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

async function opened(input: Record<string, unknown>, actor = world.actors.global) {
  const result = await openServiceCase({ actor, input, now });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data.id;
}

describe("cancellation cases", () => {
  it("R12: an agent cancels an awaiting request at the request of the named program administrator", async () => {
    const ref = await insertReference(world, { status: "AWAITING_APPROVAL" });
    const [admin] = await partnerAdministrators(world.contoso.id);
    expect(admin).toBe("Dana Whitfield");
    const caseId = await opened(
      { type: "CANCELLATION", referenceId: ref.id, message: "Sent by mistake.", programAdministrator: admin },
      world.actors.seattle,
    );
    const result = await resolveServiceCase({
      actor: world.actors.agent,
      caseId,
      resolution: "Canceled.",
      now,
    });
    expect(result).toEqual({ ok: true, data: { status: "RESOLVED" } });

    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } })).status).toBe("CANCELED");
    const event = await db.referenceEvent.findFirstOrThrow({ where: { referenceId: ref.id } });
    expect(event).toMatchObject({
      type: "CANCELED",
      actorKind: "AGENT",
      after: { programAdministrator: admin },
    });
    const stored = await db.serviceCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(stored).toMatchObject({
      status: "RESOLVED",
      resolution: "Canceled.",
      resolvedById: world.actors.agent.userId,
      resolvedAt: now,
      programAdministrator: "Dana Whitfield",
      openedById: world.actors.seattle.userId,
    });
  });

  it("R12: a cancellation case without the program administrator's name is refused, nothing written", async () => {
    const ref = await insertReference(world, { status: "AWAITING_APPROVAL" });
    const before = await writeSnapshot();
    for (const programAdministrator of [undefined, "", "   "]) {
      const result = await openServiceCase({
        actor: world.actors.global,
        input: { type: "CANCELLATION", referenceId: ref.id, message: "x", programAdministrator },
        now,
      });
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: {
          programAdministrator: [
            "Enter the name of the program administrator who asks for the cancellation.",
          ],
        },
      });
    }
    expect(await writeSnapshot()).toEqual(before);
  });

  it("R12: only an awaiting request can be the subject of a cancellation", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const result = await openServiceCase({
      actor: world.actors.global,
      input: { type: "CANCELLATION", referenceId: ref.id, programAdministrator: "Dana Whitfield" },
      now,
    });
    expect(result).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: MESSAGES.alreadyFinal("CUSTOMER_APPROVED"),
    });
  });

  it("R12: if the customer decided meanwhile, resolving refuses and the case stays open to decline", async () => {
    const ref = await insertReference(world, { status: "AWAITING_APPROVAL" });
    const caseId = await opened({
      type: "CANCELLATION",
      referenceId: ref.id,
      programAdministrator: "Dana Whitfield",
    });
    const db = await getDb();
    await db.referenceRequest.update({ where: { id: ref.id }, data: { status: "CUSTOMER_APPROVED" } });
    const result = await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "", now });
    expect(result).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: "This request is already Customer Approved.",
    });
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");

    const declined = await declineServiceCase({
      actor: world.actors.agent,
      caseId,
      reason: "The customer approved it first.",
      now,
    });
    expect(declined).toEqual({ ok: true, data: { status: "DECLINED" } });
    const again = await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "", now });
    expect(again).toEqual({ ok: false, code: "CASE_CLOSED", message: "This case is already declined." });
  });
});

describe("assignment-help cases", () => {
  it("R6/R12: the Munich administrator asks for help and an agent assigns on Contoso's behalf", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const refused = await assignReference({
      actor: world.actors.munich,
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
      now,
    });
    expect(refused.ok === false && refused.code).toBe("FORBIDDEN_ASSIGN");
    const caseId = await opened(
      {
        type: "ASSIGNMENT_HELP",
        referenceId: ref.id,
        message: "Please assign it to Cloud Platform.",
        competencyId: world.competency("Cloud Platform").id,
      },
      world.actors.munich,
    );
    const result = await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "Done.", now });
    expect(result).toEqual({ ok: true, data: { status: "RESOLVED" } });
    const db = await getDb();
    const stored = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
    expect(stored.competencyId).toBe(world.competency("Cloud Platform").id);
    const event = await db.referenceEvent.findFirstOrThrow({ where: { referenceId: ref.id } });
    expect(event).toMatchObject({ type: "ASSIGNED", actorKind: "AGENT" });
  });

  it("R12: the agent may choose the competency; without one the case stays open", async () => {
    const ref = await insertReference(world, { status: "MICROSOFT_AUTO_APPROVED" });
    const caseId = await opened({
      type: "ASSIGNMENT_HELP",
      referenceId: ref.id,
      message: "",
      competencyId: "",
    });
    const before = await writeSnapshot();
    const missing = await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "", now });
    expect(missing).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(await writeSnapshot()).toEqual(before);
    const smb = world.competency("Small and Midmarket Cloud Solutions").id;
    expect(
      await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "", competencyId: smb, now }),
    ).toEqual({ ok: true, data: { status: "RESOLVED" } });
  });

  it("R9/R12: a resolve the assignment rules refuse changes neither the case nor the reference", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", projectType: "SECURITY" });
    const caseId = await opened({
      type: "ASSIGNMENT_HELP",
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
    });
    const before = await writeSnapshot();
    const result = await resolveServiceCase({ actor: world.actors.agent, caseId, resolution: "", now });
    expect(result).toMatchObject({ ok: false, code: "NOT_ELIGIBLE" });
    expect(await writeSnapshot()).toEqual(before);
  });

  it("R12: help with assigning is only for approved references, and one open case per request", async () => {
    const awaiting = await insertReference(world, { status: "AWAITING_APPROVAL" });
    const result = await openServiceCase({
      actor: world.actors.global,
      input: { type: "ASSIGNMENT_HELP", referenceId: awaiting.id },
      now,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_APPROVED" });
    const approved = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    await opened({ type: "ASSIGNMENT_HELP", referenceId: approved.id });
    const twice = await openServiceCase({
      actor: world.actors.seattle,
      input: { type: "ASSIGNMENT_HELP", referenceId: approved.id },
      now,
    });
    expect(twice).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("R12: five agents resolving one case at once assign once; the others find it closed", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const caseId = await opened({ type: "ASSIGNMENT_HELP", referenceId: ref.id });
    const competencies = ["Cloud Platform", "Small and Midmarket Cloud Solutions"];
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        resolveServiceCase({
          actor: world.actors.agent,
          caseId,
          resolution: `Agent ${i}`,
          competencyId: world.competency(competencies[i % 2]!).id,
          now,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results)
      if (!r.ok)
        expect(r).toEqual({ ok: false, code: "CASE_CLOSED", message: "This case is already resolved." });
    const db = await getDb();
    expect(await db.referenceEvent.count({ where: { referenceId: ref.id } })).toBe(1);
  });
});

describe("listing and declining", () => {
  it("R12: agents see every partner's cases, partner users only their own", async () => {
    const lisbon = await insertReference(world, { status: "CUSTOMER_APPROVED", location: "Lisbon" });
    const fabrikamCase = await opened(
      { type: "ASSIGNMENT_HELP", referenceId: lisbon.id },
      world.actors.fabrikam,
    );
    const agentView = await listServiceCases({ actor: world.actors.agent });
    expect(agentView.map((c) => c.id)).toContain(fabrikamCase);
    expect(new Set(agentView.map((c) => c.partnerName))).toEqual(new Set(["Contoso", "Fabrikam"]));
    const contosoView = await listServiceCases({ actor: world.actors.member });
    expect(contosoView.length).toBeGreaterThan(0);
    expect(contosoView.every((c) => c.partnerName === "Contoso")).toBe(true);
    const fabrikamView = await listServiceCases({ actor: world.actors.fabrikam });
    expect(fabrikamView.map((c) => c.id)).toEqual([fabrikamCase]);
    expect(fabrikamView[0]).toMatchObject({
      openedByName: "Farah Haddad",
      referenceStatusLabel: "Customer Approved",
    });
    const open = await listServiceCases({ actor: world.actors.agent, status: "OPEN" });
    expect(open.every((c) => c.status === "OPEN")).toBe(true);
    const bogus = await listServiceCases({ actor: world.actors.agent, status: "WHATEVER" as never });
    expect(bogus).toHaveLength(agentView.length);
  });

  it("R12: only agents decline, with a reason", async () => {
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const caseId = await opened({ type: "ASSIGNMENT_HELP", referenceId: ref.id });
    expect(
      await declineServiceCase({ actor: world.actors.global, caseId, reason: "No.", now }),
    ).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await declineServiceCase({ actor: world.actors.agent, caseId, reason: " ", now })).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { reason: ["Say why the case is declined."] },
    });
    expect(
      await declineServiceCase({ actor: world.actors.agent, caseId, reason: "Already assigned.", now }),
    ).toEqual({
      ok: true,
      data: { status: "DECLINED" },
    });
    const [row] = (await listServiceCases({ actor: world.actors.agent, status: "DECLINED" })).filter(
      (c) => c.id === caseId,
    );
    expect(row).toMatchObject({
      resolution: "Already assigned.",
      resolvedByName: "Alex Morgan",
      resolvedAt: now,
    });
  });
});
