import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { autoApproveDue, countStillDue } from "@/lib/references/auto-approve";
import { resendReference } from "@/lib/references/resend";
import { respondByToken, viewByToken } from "@/lib/references/respond";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { clearReferences, createThroughDomain, eventsOf, T0 } from "../support/lifecycle";

let world: World;
beforeEach(async () => {
  await clearReferences();
  world ??= await seedWorld();
});

const at = (ms: number) => new Date(T0.getTime() + ms);
const status = async (id: string) =>
  (await (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id } })).status;

describe("R4: auto-approval after six weeks", () => {
  it("R4: not auto-approved at 42 days minus one millisecond", async () => {
    const { id } = await createThroughDomain(world);
    expect(await autoApproveDue({ now: at(42 * DAY - 1) })).toEqual({ approved: 0 });
    expect(await status(id)).toBe("AWAITING_APPROVAL");
  });

  it("R4: auto-approved at exactly 42 days", async () => {
    const { id } = await createThroughDomain(world);
    expect(await autoApproveDue({ now: at(42 * DAY) })).toEqual({ approved: 1 });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
  });

  it("R4: a resend on day 40 does not delay auto-approval", async () => {
    const { id } = await createThroughDomain(world);
    const resent = await resendReference({ actor: world.actors.global, referenceId: id, now: at(40 * DAY) });
    expect(resent.ok).toBe(true);
    expect(await autoApproveDue({ now: at(42 * DAY) })).toEqual({ approved: 1 });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
  });

  it("R2: only AWAITING_APPROVAL requests are auto-approved; final ones stay as they are", async () => {
    const old = at(-100 * DAY);
    const finals = ["CUSTOMER_APPROVED", "CUSTOMER_REJECTED", "CANCELED"] as const;
    const rows = await Promise.all(
      finals.map((s) => insertReference(world, { status: s, firstSentAt: old })),
    );
    expect(await autoApproveDue({ now: T0 })).toEqual({ approved: 0 });
    for (const [i, row] of rows.entries()) expect(await status(row.id)).toBe(finals[i]);
  });

  it("R4: a second run is idempotent", async () => {
    await createThroughDomain(world);
    expect(await autoApproveDue({ now: at(43 * DAY) })).toEqual({ approved: 1 });
    expect(await autoApproveDue({ now: at(43 * DAY) })).toEqual({ approved: 0 });
  });

  it("R4: many due requests are approved in bounded batches, each once", async () => {
    for (let i = 0; i < 7; i++) await insertReference(world, { firstSentAt: at(-50 * DAY - i) });
    await insertReference(world, { firstSentAt: at(-41 * DAY) });
    expect(await autoApproveDue({ now: T0, batchSize: 3 })).toEqual({ approved: 7 });
    const db = await getDb();
    expect(await db.referenceEvent.count({ where: { type: "AUTO_APPROVED" } })).toBe(7);
    expect(await db.referenceRequest.count({ where: { status: "AWAITING_APPROVAL" } })).toBe(1);
  });

  it("R4: a run stops starting batches at its time budget, reports the rest as still due, and the next continues", async () => {
    for (let i = 0; i < 7; i++) await insertReference(world, { firstSentAt: at(-50 * DAY - i) });
    expect(await countStillDue({ now: T0 })).toBe(7);
    expect(await autoApproveDue({ now: T0, batchSize: 3, budgetMs: 0 })).toEqual({ approved: 3 });
    expect(await countStillDue({ now: T0 })).toBe(4);
    expect(await autoApproveDue({ now: T0, batchSize: 3 })).toEqual({ approved: 4 });
    expect(await countStillDue({ now: T0 })).toBe(0);
  });

  it("R2/R14: overlapping runs approve each request once, with one audit event each", async () => {
    for (let i = 0; i < 9; i++) await insertReference(world, { firstSentAt: at(-50 * DAY - i) });
    const runs = await Promise.all([1, 2, 3].map(() => autoApproveDue({ now: T0, batchSize: 2 })));
    expect(runs.reduce((n, r) => n + r.approved, 0)).toBe(9);
    const db = await getDb();
    const events = await db.referenceEvent.groupBy({
      by: ["referenceId"],
      where: { type: "AUTO_APPROVED" },
      _count: { _all: true },
    });
    expect(events).toHaveLength(9);
    expect(events.every((e) => e._count._all === 1)).toBe(true);
    const one = await db.referenceEvent.findFirstOrThrow({ where: { type: "AUTO_APPROVED" } });
    expect(one).toMatchObject({
      actorKind: "SYSTEM",
      actorLabel: "Partner Reference Center (scheduled job)",
      before: { status: "AWAITING_APPROVAL" },
      after: { status: "MICROSOFT_AUTO_APPROVED", decidedAt: T0.toISOString() },
      createdAt: T0,
    });
  });

  it("R13: after auto-approval the customer's link shows the final state and a late answer is refused", async () => {
    const { token } = await createThroughDomain(world);
    await autoApproveDue({ now: at(42 * DAY) });
    expect(await viewByToken({ token, now: at(42 * DAY) })).toMatchObject({
      ok: true,
      data: { status: "MICROSOFT_AUTO_APPROVED", statusLabel: "Microsoft Auto-Approved", canRespond: false },
    });
    expect(await respondByToken({ token, decision: "reject", now: at(43 * DAY) })).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: "This request is already Microsoft Auto-Approved.",
    });
  });
});

describe("R14: auto-approval history", () => {
  it("R14: each auto-approval records one AUTO_APPROVED event by the system, before and after", async () => {
    const { id } = await createThroughDomain(world);
    const now = at(42 * DAY);
    await autoApproveDue({ now });
    const events = (await eventsOf(id)).filter((e) => e.type === "AUTO_APPROVED");
    expect(events).toEqual([
      expect.objectContaining({
        actorKind: "SYSTEM",
        actorUserId: null,
        actorLabel: "Partner Reference Center (scheduled job)",
        createdAt: now,
        before: { status: "AWAITING_APPROVAL" },
        after: { status: "MICROSOFT_AUTO_APPROVED", decidedAt: now.toISOString() },
      }),
    ]);
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).decidedAt).toEqual(now);
  });
});
