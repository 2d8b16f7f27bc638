import { beforeAll, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assignReference } from "@/lib/references/assign";
import { insertReference, seedWorld, type World } from "../support/factories";

// Runs on PGlite by default and on PostgreSQL when TEST_DATABASE_URL is set; on PostgreSQL the
// twenty transactions really overlap (a pool of ten connections).

const now = new Date("2026-12-01T12:00:00Z");
const ELIGIBLE = ["Cloud Platform", "Datacenter"]; // both accept CLOUD_INFRASTRUCTURE
let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

type Snapshot = { competencyId: string | null };

/** The history is one chain from unassigned to the stored competency, with no gap or fork. */
async function expectHistoryMatchesState(referenceId: string) {
  const db = await getDb();
  const stored = await db.referenceRequest.findUniqueOrThrow({ where: { id: referenceId } });
  const events = await db.referenceEvent.findMany({
    where: { referenceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  let current: string | null = null;
  for (const [i, event] of events.entries()) {
    expect(event.type).toBe(i === 0 ? "ASSIGNED" : "REASSIGNED");
    expect((event.before as Snapshot).competencyId).toBe(current);
    current = (event.after as Snapshot).competencyId;
  }
  expect(current).toBe(stored.competencyId);
  return { stored, events };
}

function twentyAttempts(referenceId: string, expectedCompetencyId?: null) {
  const actors = [world.actors.global, world.actors.seattle, world.actors.agent];
  return Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      assignReference({
        actor: actors[i % actors.length]!,
        referenceId,
        competencyId: world.competency(ELIGIBLE[i % ELIGIBLE.length]!).id,
        // Distinct clocks keep the history's order unambiguous.
        now: new Date(now.getTime() + i),
        ...(expectedCompetencyId === null ? { expectedCompetencyId } : {}),
      }),
    ),
  );
}

it("R8: 20 simultaneous assignments of one reference to different competencies leave exactly one assignment", async () => {
  const ref = await insertReference(world, {
    status: "CUSTOMER_APPROVED",
    projectType: "CLOUD_INFRASTRUCTURE",
  });
  // Everyone pressed Assign on an unassigned reference.
  const results = await twentyAttempts(ref.id, null);

  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results) {
    if (r.ok) continue;
    expect(["CONFLICT", "SAME_COMPETENCY"]).toContain(r.code);
    if (r.code === "CONFLICT") {
      expect(r.message).toBe(
        "This reference was just assigned by someone else. Reload to see its current competency.",
      );
    }
  }
  const { stored, events } = await expectHistoryMatchesState(ref.id);
  expect(events).toHaveLength(1);
  expect(ELIGIBLE.map((n) => world.competency(n).id)).toContain(stored.competencyId);
});

it("R11: 20 simultaneous assignments without an expected state apply one after another, each recorded", async () => {
  const ref = await insertReference(world, {
    status: "CUSTOMER_APPROVED",
    projectType: "CLOUD_INFRASTRUCTURE",
  });
  const results = await twentyAttempts(ref.id);
  const { events } = await expectHistoryMatchesState(ref.id);
  // Every success is exactly one event; every refusal wrote nothing.
  expect(events).toHaveLength(results.filter((r) => r.ok).length);
  for (const r of results) if (!r.ok) expect(["CONFLICT", "SAME_COMPETENCY"]).toContain(r.code);
});

it("R11: 20 simultaneous reassignments to one competency move the reference once", async () => {
  const db = await getDb();
  const ref = await insertReference(world, { status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
  const target = world.competency("Small and Midmarket Cloud Solutions").id;
  const from = world.competency("Cloud Platform").id;
  const results = await Promise.all(
    Array.from({ length: 20 }, () =>
      assignReference({
        actor: world.actors.global,
        referenceId: ref.id,
        competencyId: target,
        expectedCompetencyId: from,
        now,
      }),
    ),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const events = await db.referenceEvent.findMany({ where: { referenceId: ref.id } });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    type: "REASSIGNED",
    before: { competencyId: from },
    after: { competencyId: target },
  });
  const stored = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
  expect(stored.competencyId).toBe(target);
});
