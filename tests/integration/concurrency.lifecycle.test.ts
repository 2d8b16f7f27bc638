import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { cancelReference } from "@/lib/references/cancel";
import { resendReference } from "@/lib/references/resend";
import { respondByToken } from "@/lib/references/respond";
import { MESSAGES } from "@/lib/references/wording";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { createThroughDomain, rowCounts, T0 } from "../support/lifecycle";

// Meaningful on PostgreSQL (TEST_DATABASE_URL), where these run on separate connections at the
// same time; on PGlite they run serialised and must give the same answers.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

/** Starts within a few milliseconds of the others, so that each contender sometimes wins. */
const jittered = <T>(run: () => Promise<T>) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 6)).then(run);

const DECISIONS = ["CUSTOMER_APPROVED", "CUSTOMER_REJECTED", "AUTO_APPROVED", "CANCELED"] as const;

describe("R3: simultaneous resends", () => {
  it("R3: 20 simultaneous resends of a due request make exactly one resend, one RESENT event and one email", async () => {
    const { id } = await createThroughDomain(world);
    const before = await rowCounts();
    const now = new Date(T0.getTime() + 8 * DAY);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => resendReference({ actor: world.actors.global, referenceId: id, now })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toEqual({
        ok: false,
        code: "RESEND_NOT_DUE",
        message: "You can resend this request from 17 Nov 2026.",
      });
    }
    expect(await rowCounts()).toEqual({
      ...before,
      events: before.events + 1,
      tokens: before.tokens + 1,
      outbox: before.outbox + 1,
    });
    const db = await getDb();
    expect(await db.referenceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      sendCount: 2,
      lastSentAt: now,
    });
  });
});

describe("R2: one transition wins", () => {
  it("R2, R4: on day 43 a customer's answer, an auto-approval run and an agent cancellation started together: exactly one change wins, 50 times", async () => {
    const db = await getDb();
    const now = new Date(T0.getTime() + 43 * DAY);
    const winners = new Map<string, number>();
    // Rows left awaiting by earlier tests would be approved by the job too; settle them first.
    await autoApproveDue({ now });
    for (let round = 0; round < 50; round++) {
      const { id, token } = await createThroughDomain(world);
      const [customer, job, agent] = await Promise.all([
        jittered(() => respondByToken({ token, decision: "approve", now })),
        jittered(() => autoApproveDue({ now })),
        jittered(() =>
          cancelReference({
            actor: world.actors.agent,
            referenceId: id,
            programAdministrator: "Dana Whitfield",
            now,
          }),
        ),
      ]);
      // R4 at the moment of use: the customer's late answer auto-approves instead (either the job's
      // write or the customer's call applies it), so the contest is auto-approval against cancel.
      expect(customer.ok, `round ${round}`).toBe(false);
      expect(job.approved).toBeLessThanOrEqual(1);
      const row = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
      expect(["MICROSOFT_AUTO_APPROVED", "CANCELED"]).toContain(row.status);
      expect(agent.ok).toBe(row.status === "CANCELED");
      if (row.status === "CANCELED") expect(job.approved).toBe(0);
      for (const loser of [customer, agent].filter((r) => !r.ok)) {
        expect(loser).toEqual({
          ok: false,
          code: "ALREADY_FINAL",
          message: MESSAGES.alreadyFinal(row.status),
        });
      }
      const decisions = await db.referenceEvent.count({
        where: { referenceId: id, type: { in: [...DECISIONS] } },
      });
      expect(decisions, `round ${round}`).toBe(1);
      winners.set(row.status, (winners.get(row.status) ?? 0) + 1);
    }
    expect([...winners.values()].reduce((a, b) => a + b, 0)).toBe(50);
  });

  it("R2: before day 42 a customer approval and an agent cancellation started together: exactly one wins, 30 times", async () => {
    const db = await getDb();
    const now = new Date(T0.getTime() + 10 * DAY);
    for (let round = 0; round < 30; round++) {
      const { id, token } = await createThroughDomain(world);
      const [customer, agent] = await Promise.all([
        jittered(() => respondByToken({ token, decision: "approve", now })),
        jittered(() =>
          cancelReference({
            actor: world.actors.agent,
            referenceId: id,
            programAdministrator: "Dana Whitfield",
            now,
          }),
        ),
      ]);
      expect([customer.ok, agent.ok].filter(Boolean), `round ${round}`).toHaveLength(1);
      const row = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe(customer.ok ? "CUSTOMER_APPROVED" : "CANCELED");
      const decisions = await db.referenceEvent.count({
        where: { referenceId: id, type: { in: [...DECISIONS] } },
      });
      expect(decisions, `round ${round}`).toBe(1);
    }
  });
});

describe("R4: overlapping auto-approval runs", () => {
  it("R4: two overlapping autoApproveDue runs approve each due row once", async () => {
    const db = await getDb();
    const now = new Date(T0.getTime() + 200 * DAY);
    // Rows left awaiting by earlier tests are due too; count them in.
    const alreadyDue = await db.referenceRequest.count({ where: { status: "AWAITING_APPROVAL" } });
    for (let i = 0; i < 30; i++)
      await insertReference(world, { firstSentAt: new Date(T0.getTime() + i * 1000) });
    const runs = await Promise.all([
      autoApproveDue({ now, batchSize: 4 }),
      autoApproveDue({ now, batchSize: 4 }),
    ]);
    expect(runs[0].approved + runs[1].approved).toBe(30 + alreadyDue);
    expect(await db.referenceRequest.count({ where: { status: "AWAITING_APPROVAL" } })).toBe(0);
    const perRow = await db.referenceEvent.groupBy({
      by: ["referenceId"],
      where: { type: "AUTO_APPROVED", createdAt: now },
      _count: { _all: true },
    });
    expect(perRow).toHaveLength(30 + alreadyDue);
    expect(perRow.every((r) => r._count._all === 1)).toBe(true);
  });
});
