import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { respondByToken, viewByToken } from "@/lib/references/respond";
import { seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, rowCounts, T0 } from "../support/lifecycle";
import { startSmtpSink } from "../support/smtp-sink";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const later = new Date(T0.getTime() + 3 * 24 * 60 * 60 * 1000);

async function tableSnapshot() {
  const db = await getDb();
  return {
    counts: await rowCounts(),
    references: await db.referenceRequest.findMany({ orderBy: { id: "asc" } }),
    tokens: await db.responseToken.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("R13: the customer's link", () => {
  it("R13: the token carries at least 128 random bits and only its hash is stored", async () => {
    const { id, token } = await createThroughDomain(world);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const db = await getDb();
    const stored = await db.responseToken.findMany({ where: { referenceId: id } });
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const reference = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    const events = await eventsOf(id);
    expect(JSON.stringify([reference, events])).not.toContain(token);
  });

  it("R13: once its email is delivered, the outbox keeps no copy of the token either", async () => {
    const sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    try {
      const { id, token } = await createThroughDomain(world, T0, {
        contactEmail: "outbox.check@northwind.example",
      });
      await sink.waitFor(1, 10_000);
      await settleBackgroundDeliveries();
      expect(sink.messages[0]!.text).toContain(token);
      const emails = await (await getDb()).outboxEmail.findMany({ where: { referenceId: id } });
      expect(emails).toMatchObject([{ status: "SENT", to: "outbox.check@northwind.example" }]);
      expect(JSON.stringify(emails)).not.toContain(token);
    } finally {
      await sink.close();
      delete process.env.SMTP_URL;
      resetEnvCache();
    }
  });

  it("R13: opening the link shows the partner and the project and writes nothing", async () => {
    const { token } = await createThroughDomain(world);
    const before = await tableSnapshot();
    const view = await viewByToken({ token, now: T0 });
    expect(view).toEqual({
      ok: true,
      data: {
        partnerName: "Contoso",
        customerCompany: "Northwind Traders",
        contactName: "Nancy Davolio",
        projectTitle: "Order platform migration",
        projectDescription: "Moved the order platform to the cloud in three waves.",
        projectType: "CLOUD_MIGRATION",
        completedOn: new Date("2026-09-30T00:00:00Z"),
        language: "en",
        status: "AWAITING_APPROVAL",
        statusLabel: "Awaiting Approval",
        canRespond: true,
      },
    });
    await viewByToken({ token, now: T0 });
    expect(await tableSnapshot()).toEqual(before);
  });

  it.each([
    ["an unknown token", "A".repeat(43)],
    ["an empty token", ""],
    ["a path-like token", "../../etc/passwd"],
    ["a very long token", "x".repeat(10_000)],
  ])("R13: %s shows 'This link is not valid.' and reveals nothing", async (_what, token) => {
    expect(await viewByToken({ token, now: T0 })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "This link is not valid.",
    });
    expect(await respondByToken({ token, decision: "approve", now: later })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "This link is not valid.",
    });
  });

  it("R13: a tampered token (one character changed) is not valid and changes nothing", async () => {
    const { token } = await createThroughDomain(world);
    const tampered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    const before = await rowCounts();
    expect(await respondByToken({ token: tampered, decision: "approve", now: later })).toMatchObject({
      code: "NOT_FOUND",
      message: "This link is not valid.",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("R2: the customer's decision", () => {
  it.each([
    ["approve", "CUSTOMER_APPROVED", "Customer Approved"],
    ["reject", "CUSTOMER_REJECTED", "Customer Rejected"],
  ] as const)("R2: %s moves AWAITING_APPROVAL to %s", async (decision, status, statusLabel) => {
    const { id, token } = await createThroughDomain(world);
    expect(await respondByToken({ token, decision, now: later })).toEqual({
      ok: true,
      data: { status, statusLabel },
    });
    const db = await getDb();
    expect(await db.referenceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status,
      decidedAt: later,
    });
  });

  it("R13: a decided request shows its final state and no buttons", async () => {
    const { token } = await createThroughDomain(world);
    await respondByToken({ token, decision: "reject", now: later });
    expect(await viewByToken({ token, now: T0 })).toMatchObject({
      ok: true,
      data: { status: "CUSTOMER_REJECTED", statusLabel: "Customer Rejected", canRespond: false },
    });
  });

  it("R2: a second decision is refused with the final state and changes nothing", async () => {
    const { id, token } = await createThroughDomain(world);
    await respondByToken({ token, decision: "approve", now: later });
    const before = await rowCounts();
    expect(await respondByToken({ token, decision: "reject", now: later })).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: "This request is already Customer Approved.",
    });
    expect(await rowCounts()).toEqual(before);
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).status).toBe("CUSTOMER_APPROVED");
  });

  it("R2: an unknown decision is refused", async () => {
    const { token } = await createThroughDomain(world);
    const result = await respondByToken({ token, decision: "maybe" as "approve", now: later });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
  });
});

describe("R14: decision history", () => {
  it("R14: the decision records the customer as actor, with status before and after", async () => {
    const { id, token } = await createThroughDomain(world);
    await respondByToken({ token, decision: "approve", now: later });
    const decision = (await eventsOf(id)).filter((e) => e.type === "CUSTOMER_APPROVED");
    expect(decision).toEqual([
      expect.objectContaining({
        actorKind: "CUSTOMER",
        actorUserId: null,
        actorLabel: expect.stringMatching(/^Customer \(nancy\.davolio\.\d+@northwind\.example\)$/),
        createdAt: later,
        before: { status: "AWAITING_APPROVAL" },
        after: { status: "CUSTOMER_APPROVED", decidedAt: later.toISOString() },
      }),
    ]);
  });
});
