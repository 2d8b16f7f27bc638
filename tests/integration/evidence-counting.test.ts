import { beforeAll, describe, expect, it } from "vitest";
import { addCompetency, updateRequirements } from "@/lib/competencies/catalog-admin";
import { competencyProgress } from "@/lib/competencies/progress";
import { referenceCounting } from "@/lib/competencies/reference-counting";
import { sendRenewalReminders } from "@/lib/competencies/renewal-reminders";
import { getDb } from "@/lib/db/client";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";

// R19: references count for a period; held levels lapse; renewal reminders 90, 30 and 7 days before.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const at = (iso: string) => new Date(iso);
let made = 0;

/** A competency of its own per test (counts 2 and 3, `months` counting period). */
async function competency(months = 12) {
  const db = await getDb();
  return db.competency.create({
    data: {
      name: `Counting ${++made}`,
      silverRequired: 2,
      goldRequired: 3,
      countingMonths: months,
      projectTypes: { create: [{ projectType: "CLOUD_MIGRATION" }] },
    },
  });
}

async function approvedOn(competencyId: string, decidedAt: Date, location = "Seattle") {
  const db = await getDb();
  const ref = await insertReference(world, {
    status: "CUSTOMER_APPROVED",
    firstSentAt: new Date(decidedAt.getTime() - DAY),
    decidedAt,
    location,
  });
  return db.referenceRequest.update({ where: { id: ref.id }, data: { competencyId } });
}

const progress = async (competencyId: string, now: Date) =>
  (await competencyProgress({ actor: world.actors.member, now })).find((c) => c.id === competencyId)!;

describe("R19: references count for a period", () => {
  it("R19: an approval counts until its decision plus the counting period: the day before yes, the day of and the day after no", async () => {
    const c = await competency(12);
    const ref = await approvedOn(c.id, at("2026-03-14T10:00:00Z"));
    expect((await progress(c.id, at("2027-03-13T10:00:00Z"))).count).toBe(1);
    expect((await progress(c.id, at("2027-03-14T09:59:59Z"))).count).toBe(1);
    expect((await progress(c.id, at("2027-03-14T10:00:00Z"))).count).toBe(0);
    expect((await progress(c.id, at("2027-03-15T10:00:00Z"))).count).toBe(0);
    // Still assigned and visible, with the date it stopped.
    const after = await progress(c.id, at("2027-03-15T10:00:00Z"));
    expect(after.references).toMatchObject([
      { id: ref.id, counts: false, countsUntil: at("2027-03-14T10:00:00Z") },
    ]);
    expect(await referenceCounting(ref.id, at("2027-03-13T00:00:00Z"))).toEqual({
      competencyName: c.name,
      countsUntil: at("2027-03-14T10:00:00Z"),
      counts: true,
    });
  });

  it("R19: a held level's lapse date and how many more are needed by then, from the latest stop dates", async () => {
    const c = await competency(12);
    // Gold needs 3: decisions on 1 Feb, 1 Mar, 1 Mar, 1 Apr 2026; now 1 Jun 2026.
    for (const d of ["2026-02-01", "2026-03-01", "2026-03-01", "2026-04-01"])
      await approvedOn(c.id, at(`${d}T09:00:00Z`));
    const row = await progress(c.id, at("2026-06-01T09:00:00Z"));
    expect([row.count, row.silverMet, row.goldMet]).toEqual([4, true, true]);
    const [silver, gold] = row.levels;
    // Gold lapses when the third latest stops (1 Mar 2027); two stop that day, so two are needed.
    expect(gold).toMatchObject({ held: true, lapsesOn: at("2027-03-01T09:00:00Z"), neededBy: 2 });
    // Silver lapses when the second latest stops (also 1 Mar 2027); one still counts after it.
    expect(silver).toMatchObject({ held: true, lapsesOn: at("2027-03-01T09:00:00Z"), neededBy: 1 });
    // After 1 Mar 2027 only the April one counts: neither level is held.
    const later = await progress(c.id, at("2027-03-02T09:00:00Z"));
    expect([later.count, later.silverMet, later.goldMet]).toEqual([1, false, false]);
  });

  it("R19: agents set the counting period (1–60 months), audited; 0, 61 and a fraction are refused and nothing is written", async () => {
    const now = at("2026-12-01T09:00:00Z");
    const cloud = world.competency("Cloud Platform");
    const input = { silverRequired: 3, goldRequired: 5, projectTypes: ["CLOUD_MIGRATION"] };
    for (const countingMonths of [0, 61, 1.5, "twelve"]) {
      const refused = await updateRequirements({
        actor: world.actors.agent,
        competencyId: cloud.id,
        input: { ...input, countingMonths },
        now,
      });
      expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
      expect(!refused.ok && refused.fieldErrors?.countingMonths?.[0]).toMatch(/from 1 to 60/);
    }
    const db = await getDb();
    expect((await db.competency.findUniqueOrThrow({ where: { id: cloud.id } })).countingMonths).toBe(12);
    expect(
      (
        await updateRequirements({
          actor: world.actors.agent,
          competencyId: cloud.id,
          input: { ...input, countingMonths: 24 },
          now,
        })
      ).ok,
    ).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: cloud.id, action: "competency.changed" },
      orderBy: { createdAt: "desc" },
    });
    expect([
      (audit.before as { countingMonths: number }).countingMonths,
      (audit.after as { countingMonths: number }).countingMonths,
    ]).toEqual([12, 24]);
    const added = await addCompetency({
      actor: world.actors.agent,
      input: { name: "Counting added", ...input, countingMonths: "36" },
      now,
    });
    expect(
      added.ok && (await db.competency.findUniqueOrThrow({ where: { id: added.data.id } })).countingMonths,
    ).toBe(36);
  });

  it("R19: renewal reminders go out 90, 30 and 7 days before a held level lapses, once each across repeated scheduled runs, to Global Administrators and the Local Administrators whose references count", async () => {
    const db = await getDb();
    await db.outboxEmail.deleteMany({ where: { template: "renewal-reminder" } });
    const c = await competency(12);
    // Silver (2) held by two Seattle references; it lapses on 1 Sep 2027 when the second latest stops.
    await approvedOn(c.id, at("2026-09-01T09:00:00Z"));
    await approvedOn(c.id, at("2026-10-01T09:00:00Z"));
    const lapse = at("2027-09-01T09:00:00Z");
    const daysBefore = (days: number) => new Date(lapse.getTime() - days * DAY);
    const run = (now: Date) => sendRenewalReminders({ now, deadline: performance.now() + 60_000 });
    const reminders = () =>
      db.outboxEmail.findMany({ where: { template: "renewal-reminder" }, orderBy: { to: "asc" } });

    expect((await run(daysBefore(91))).levels).toBe(0);
    expect(await reminders()).toEqual([]);
    for (const [days, expected] of [
      [90, 1],
      [89, 1],
      [30, 2],
      [29, 2],
      [7, 3],
      [7, 3],
      [1, 3],
    ] as const) {
      await run(daysBefore(days));
      const sent = await reminders();
      // Contoso's Global Administrator and Seattle's Local Administrator; Munich's has no reference there.
      const perPerson = (email: string) => sent.filter((e) => e.to === email).length;
      expect([perPerson("admin@contoso.example"), perPerson("seattle.admin@contoso.example")]).toEqual([
        expected,
        expected,
      ]);
      expect(perPerson("munich.admin@contoso.example")).toBe(0);
    }
    const [first] = await reminders();
    expect(first!.subject).toBe(`${c.name} Silver lapses on 1 Sep 2027 unless new references are approved`);
    expect(first!.text).toContain("1 more approved reference needed by then");
    expect(await db.renewalReminder.count({ where: { competencyId: c.id } })).toBe(3);
  });
});
