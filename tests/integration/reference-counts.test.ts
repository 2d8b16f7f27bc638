import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { assignReference } from "@/lib/references/assign";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { parseListFilters } from "@/lib/references/list-filters";
import { listReferences } from "@/lib/references/queries";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";

// The list's status counts come from ReferenceCount, kept by database triggers (decision 060).
// Whatever writes the rows (the app, a raw statement, a delete), the counts must equal a real count.

const now = new Date("2026-12-01T12:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

/** The same numbers computed the slow way, from the rows themselves. */
async function countedFromRows(where: Record<string, unknown>) {
  const db = await getDb();
  const grouped = await db.referenceRequest.groupBy({ by: ["status"], where, _count: { _all: true } });
  return Object.fromEntries(grouped.map((g) => [g.status, g._count._all]));
}

async function expectExact(actor: Actor, filters: Record<string, string>, where: Record<string, unknown>) {
  const list = await listReferences({ actor, filters: parseListFilters(filters), now });
  const shown = Object.fromEntries(Object.entries(list.statusCounts).filter(([, n]) => n > 0));
  expect(shown).toEqual(await countedFromRows(where));
}

async function expectAllExact() {
  const contoso = world.contoso.id;
  const seattle = world.location("Seattle").id;
  const cloud = world.competency("Cloud Platform").id;
  await expectExact(world.actors.global, {}, { partnerId: contoso });
  await expectExact(
    world.actors.global,
    { locationId: seattle },
    { partnerId: contoso, locationId: seattle },
  );
  await expectExact(
    world.actors.global,
    { competencyId: cloud },
    { partnerId: contoso, competencyId: cloud },
  );
  await expectExact(
    world.actors.global,
    { assigned: "yes" },
    { partnerId: contoso, competencyId: { not: null } },
  );
  await expectExact(world.actors.global, { assigned: "no" }, { partnerId: contoso, competencyId: null });
  await expectExact(world.actors.agent, {}, {});
}

it("List: status counts stay exact through inserts, transitions, assignments, raw SQL and deletes", async () => {
  const db = await getDb();
  const rows = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      insertReference(world, {
        location: ["Seattle", "Munich", "Lisbon"][i % 3],
        status: i % 4 === 0 ? "CUSTOMER_APPROVED" : "AWAITING_APPROVAL",
        firstSentAt: new Date(now.getTime() - (i % 2 ? 50 : 1) * DAY),
      }),
    ),
  );
  await expectAllExact();
  await autoApproveDue({ now });
  await expectAllExact();
  const approved = rows.find(
    (r) => r.status === "CUSTOMER_APPROVED" && r.locationId === world.location("Seattle").id,
  )!;
  const assigned = await assignReference({
    actor: world.actors.global,
    referenceId: approved.id,
    competencyId: world.competency("Cloud Platform").id,
    now,
  });
  expect(assigned.ok).toBe(true);
  await expectAllExact();
  // A write that bypasses the app entirely, and one that changes nothing counted.
  await db.$executeRaw`UPDATE "ReferenceRequest" SET status = 'CANCELED' WHERE status = 'AWAITING_APPROVAL' AND "locationId" = ${world.location("Munich").id}`;
  await db.$executeRaw`UPDATE "ReferenceRequest" SET "sendCount" = "sendCount" + 1`;
  await expectAllExact();
  await db.referenceRequest.delete({ where: { id: rows[1]!.id } });
  await db.referenceRequest.deleteMany({ where: { locationId: world.location("Lisbon").id } });
  await expectAllExact();
});

it("List: counts stay exact when many requests are created at once", async () => {
  await Promise.all(Array.from({ length: 20 }, () => insertReference(world, { location: "Sydney" })));
  await expectAllExact();
});
