import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { partnerAdministrators } from "@/lib/partners/queries";
import { assignReference } from "@/lib/references/assign";
import { MESSAGES } from "@/lib/references/wording";
import { declineServiceCase, openServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { listServiceCases } from "@/lib/service-center/queries";
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

  it("R12: two administrators asking about one reference at the same moment open one case, 10 times", async () => {
    const db = await getDb();
    for (let round = 0; round < 10; round++) {
      const ref = await insertReference(world, { status: "AWAITING_APPROVAL" });
      const ask = (actor: typeof world.actors.global) =>
        openServiceCase({
          actor,
          input: {
            type: "CANCELLATION",
            referenceId: ref.id,
            message: "Duplicate.",
            programAdministrator: "Dana Whitfield",
          },
          now,
        });
      const results = await Promise.all([ask(world.actors.global), ask(world.actors.seattle)]);
      expect(
        results.filter((r) => r.ok),
        `round ${round}`,
      ).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({
        ok: false,
        code: "CONFLICT",
        message: "A request about this reference is already open with the Regional Service Center.",
      });
      expect(await db.serviceCase.count({ where: { referenceId: ref.id } })).toBe(1);
    }
    // The database itself holds it, whatever code writes.
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
    const row = {
      partnerId: world.contoso.id,
      referenceId: ref.id,
      type: "ASSIGNMENT_HELP" as const,
      message: "m",
    };
    await db.serviceCase.create({ data: row });
    await expect(db.serviceCase.create({ data: row })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.serviceCase.create({ data: { ...row, status: "DECLINED" } })).resolves.toBeTruthy();
  });

  it("R12, decision 050: opening, resolving and declining a case each write an audit event with the change", async () => {
    const db = await getDb();
    const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", customerCompany: "Audit Ltd" });
    const first = await opened({ type: "ASSIGNMENT_HELP", referenceId: ref.id, message: "Please assign." });
    await declineServiceCase({
      actor: world.actors.agent,
      caseId: first,
      reason: "Assign it yourself.",
      now,
    });
    const second = await opened({
      type: "ASSIGNMENT_HELP",
      referenceId: ref.id,
      competencyId: world.competency("Cloud Platform").id,
    });
    expect((await resolveServiceCase({ actor: world.actors.agent, caseId: second, now })).ok).toBe(true);
    const audit = await db.auditEvent.findMany({
      where: { kind: "SERVICE_CASE", subjectId: { in: [first, second] } },
      select: {
        partnerId: true,
        subjectId: true,
        action: true,
        actorUserId: true,
        subjectLabel: true,
        after: true,
      },
    });
    const who = { [world.actors.global.userId]: "global", [world.actors.agent.userId]: "agent" };
    expect(
      audit
        .map((a) => `${a.subjectId === first ? "first" : "second"} ${a.action} by ${who[a.actorUserId!]}`)
        .sort(),
    ).toEqual([
      "first case.declined by agent",
      "first case.opened by global",
      "second case.opened by global",
      "second case.resolved by agent",
    ]);
    expect(audit.find((a) => a.action === "case.declined")?.after).toEqual({
      status: "DECLINED",
      reason: "Assign it yourself.",
    });
    expect(new Set(audit.map((a) => a.subjectLabel))).toEqual(
      new Set(["Help with assigning: Cloud migration of the order system"]),
    );
    expect(audit.every((a) => a.partnerId === world.contoso.id)).toBe(true);
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
    const agentView = (await listServiceCases({ actor: world.actors.agent, pageSize: 100 })).rows;
    expect(agentView.map((c) => c.id)).toContain(fabrikamCase);
    expect(new Set(agentView.map((c) => c.partnerName))).toEqual(new Set(["Contoso", "Fabrikam"]));
    const contosoView = (await listServiceCases({ actor: world.actors.seattle, pageSize: 100 })).rows;
    expect(contosoView.length).toBeGreaterThan(0);
    expect(contosoView.every((c) => c.partnerName === "Contoso")).toBe(true);
    const fabrikamView = (await listServiceCases({ actor: world.actors.fabrikam })).rows;
    expect(fabrikamView.map((c) => c.id)).toEqual([fabrikamCase]);
    expect(fabrikamView[0]).toMatchObject({
      openedByName: "Farah Haddad",
      referenceStatusLabel: "Customer Approved",
    });
    const open = (await listServiceCases({ actor: world.actors.agent, status: "OPEN", pageSize: 100 })).rows;
    expect(open.every((c) => c.status === "OPEN")).toBe(true);
    const bogus = await listServiceCases({
      actor: world.actors.agent,
      status: "WHATEVER" as never,
      pageSize: 100,
    });
    expect(bogus.rows).toHaveLength(agentView.length);
    expect(bogus.total).toBe(bogus.counts.ALL);
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
    const declined = await listServiceCases({ actor: world.actors.agent, status: "DECLINED", pageSize: 100 });
    const [row] = declined.rows.filter((c) => c.id === caseId);
    expect(row).toMatchObject({
      resolution: "Already assigned.",
      resolvedByName: "Alex Morgan",
      resolvedAt: now,
    });
  });
});

describe("pages and counts", () => {
  /** Every case, independently of listServiceCases, for the expected numbers. */
  async function allCases() {
    return (await getDb()).serviceCase.findMany({ select: { id: true, status: true, partnerId: true } });
  }
  function tally(cases: { status: string }[]) {
    const counts = { OPEN: 0, RESOLVED: 0, DECLINED: 0, ALL: cases.length };
    for (const c of cases) counts[c.status as keyof typeof counts]++;
    return counts;
  }

  it("R12: cases come in stable pages, oldest first, and the counts are per status over all pages", async () => {
    // Cases opened at different times, one of them resolved, so every status and the order show.
    for (const [i, location] of ["Seattle", "Munich", "Lisbon", "Seattle", "Munich"].entries()) {
      const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", location });
      const actor = location === "Lisbon" ? world.actors.fabrikam : world.actors.global;
      const result = await openServiceCase({
        actor,
        input: { type: "ASSIGNMENT_HELP", referenceId: ref.id },
        now: new Date(now.getTime() - i * 60_000),
      });
      if (!result.ok) throw new Error(result.message);
      if (i === 1)
        await declineServiceCase({ actor: world.actors.agent, caseId: result.data.id, reason: "No.", now });
    }
    const every = await allCases();
    const expected = tally(every);
    expect(expected.ALL).toBeGreaterThan(5);

    const seen: { id: string; createdAt: Date }[] = [];
    const first = await listServiceCases({ actor: world.actors.agent, pageSize: 2 });
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: expected.ALL, counts: expected });
    expect(first.pageCount).toBe(Math.ceil(expected.ALL / 2));
    for (let page = 1; page <= first.pageCount; page++) {
      const list = await listServiceCases({ actor: world.actors.agent, page, pageSize: 2 });
      expect(list.page).toBe(page);
      expect(list.counts).toEqual(expected);
      expect(list.rows.length).toBe(page < list.pageCount ? 2 : expected.ALL - 2 * (page - 1));
      seen.push(...list.rows);
    }
    // Every case exactly once, oldest first, whatever page it fell on.
    expect(new Set(seen.map((c) => c.id))).toEqual(new Set(every.map((c) => c.id)));
    expect(seen).toHaveLength(every.length);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.createdAt.getTime()).toBeGreaterThanOrEqual(seen[i - 1]!.createdAt.getTime());

    // The status filter pages within its own total; the tabs' counts stay the same.
    const open = await listServiceCases({ actor: world.actors.agent, status: "OPEN", pageSize: 2 });
    expect(open).toMatchObject({ total: expected.OPEN, counts: expected });
    expect(open.pageCount).toBe(Math.max(1, Math.ceil(expected.OPEN / 2)));
    expect(open.rows.every((c) => c.status === "OPEN")).toBe(true);

    // A page beyond the end (or a nonsense one from a URL) falls back instead of showing nothing.
    const beyond = await listServiceCases({ actor: world.actors.agent, page: 999, pageSize: 2 });
    expect(beyond.page).toBe(first.pageCount);
    expect(beyond.rows.map((c) => c.id)).toEqual(seen.slice(2 * (first.pageCount - 1)).map((c) => c.id));
    for (const page of [0, -3, 1.5, Number.NaN]) {
      const bad = await listServiceCases({ actor: world.actors.agent, page, pageSize: 2 });
      expect(bad.page).toBe(1);
      expect(bad.rows.map((c) => c.id)).toEqual(seen.slice(0, 2).map((c) => c.id));
    }
    expect((await listServiceCases({ actor: world.actors.agent })).pageSize).toBe(20);
  });

  it("R12: a partner user's counts and pages never include another partner's cases", async () => {
    const contosoBefore = await listServiceCases({ actor: world.actors.munich });
    const lisbon = await insertReference(world, { status: "CUSTOMER_APPROVED", location: "Lisbon" });
    await opened({ type: "ASSIGNMENT_HELP", referenceId: lisbon.id }, world.actors.fabrikam);

    const every = await allCases();
    for (const [actor, partnerId] of [
      [world.actors.munich, world.contoso.id],
      [world.actors.fabrikam, world.fabrikam.id],
    ] as const) {
      const own = every.filter((c) => c.partnerId === partnerId);
      expect(own.length).toBeLessThan(every.length);
      const list = await listServiceCases({ actor, pageSize: 100 });
      expect(list.counts).toEqual(tally(own));
      expect(list.total).toBe(own.length);
      expect(list.rows.every((c) => c.partnerId === partnerId)).toBe(true);
      for (const status of ["OPEN", "RESOLVED", "DECLINED"] as const) {
        const filtered = await listServiceCases({ actor, status, pageSize: 100 });
        expect(filtered.total).toBe(own.filter((c) => c.status === status).length);
        expect(filtered.rows.every((c) => c.partnerId === partnerId && c.status === status)).toBe(true);
      }
    }
    // Fabrikam's new case changed nothing Contoso sees.
    expect((await listServiceCases({ actor: world.actors.munich })).counts).toEqual(contosoBefore.counts);
    expect((await listServiceCases({ actor: world.actors.agent })).counts).toEqual(tally(every));
  });

  it("R12: a member (no admin role) sees no cases: the service center is for administrators and agents", async () => {
    expect((await allCases()).some((c) => c.partnerId === world.contoso.id)).toBe(true);
    const list = await listServiceCases({ actor: world.actors.member, pageSize: 100 });
    expect(list.rows).toEqual([]);
    expect(list.counts).toEqual({ OPEN: 0, RESOLVED: 0, DECLINED: 0, ALL: 0 });
  });
});
