import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resendReference } from "@/lib/references/resend";
import { viewByToken } from "@/lib/references/respond";
import { hashToken } from "@/lib/references/tokens";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, failOutboxInsertsTo, rowCounts, T0 } from "../support/lifecycle";
import { rememberTokens } from "../support/tokens";

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const at = (ms: number) => new Date(T0.getTime() + ms);

describe("R3: resend after seven days", () => {
  it("R3: resend is refused at seven days minus one millisecond, saying from when it is possible", async () => {
    const { id } = await createThroughDomain(world);
    const before = await rowCounts();
    const result = await resendReference({
      actor: world.actors.global,
      referenceId: id,
      now: at(7 * DAY - 1),
    });
    expect(result).toEqual({
      ok: false,
      code: "RESEND_NOT_DUE",
      message: "You can resend this request from 9 Nov 2026.",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("R3: resend is allowed at exactly seven days; it moves last sent, counts the send and queues a new email", async () => {
    const { id } = await createThroughDomain(world);
    const before = await rowCounts();
    const now = at(7 * DAY);
    const result = await resendReference({ actor: world.actors.seattle, referenceId: id, now });
    expect(result).toEqual({ ok: true, data: { lastSentAt: now, sendCount: 2 } });
    const db = await getDb();
    const row = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      lastSentAt: now,
      firstSentAt: T0,
      sendCount: 2,
      status: "AWAITING_APPROVAL",
    });
    expect(await rowCounts()).toEqual({
      ...before,
      events: before.events + 1,
      tokens: before.tokens + 1,
      outbox: before.outbox + 1,
    });
    const email = await db.outboxEmail.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(email.subject).toBe("Reminder: Contoso asks you to confirm a customer reference");
  });

  it("R3: the next resend is measured from the last send, not the first", async () => {
    const { id } = await createThroughDomain(world);
    await resendReference({ actor: world.actors.global, referenceId: id, now: at(10 * DAY) });
    const early = await resendReference({ actor: world.actors.global, referenceId: id, now: at(14 * DAY) });
    expect(early).toMatchObject({
      ok: false,
      code: "RESEND_NOT_DUE",
      message: "You can resend this request from 19 Nov 2026.",
    });
    const due = await resendReference({ actor: world.actors.global, referenceId: id, now: at(17 * DAY) });
    expect(due).toMatchObject({ ok: true, data: { sendCount: 3 } });
  });

  it.each(["CUSTOMER_APPROVED", "CUSTOMER_REJECTED", "MICROSOFT_AUTO_APPROVED", "CANCELED"] as const)(
    "R2: a %s request cannot be resent",
    async (status) => {
      const row = await insertReference(world, { status, firstSentAt: at(-30 * DAY) });
      const result = await resendReference({ actor: world.actors.global, referenceId: row.id, now: T0 });
      expect(result).toMatchObject({ ok: false, code: "ALREADY_FINAL" });
      if (!result.ok)
        expect(result.message).toMatch(/^This request is already (Customer|Microsoft|Canceled)/);
    },
  );

  it("R4: a resend never moves the first send time", async () => {
    const { id } = await createThroughDomain(world);
    await resendReference({ actor: world.actors.global, referenceId: id, now: at(40 * DAY) });
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).firstSentAt).toEqual(T0);
  });
});

describe("R13: each send has its own link", () => {
  it("R13: a resend issues a new token and the earlier link keeps working", async () => {
    const { id, token: first } = await createThroughDomain(world);
    const tokens = rememberTokens();
    const resent = await resendReference({
      actor: world.actors.global,
      referenceId: id,
      now: at(8 * DAY),
      issueToken: tokens.issueToken,
    });
    if (!resent.ok) throw new Error(resent.message);
    const second = tokens.last();
    expect(second).not.toBe(first);
    const db = await getDb();
    const hashes = (await db.responseToken.findMany({ where: { referenceId: id } })).map((t) => t.tokenHash);
    expect(hashes.sort()).toEqual([hashToken(first), hashToken(second)].sort());
    expect((await viewByToken({ token: first, now: T0 })).ok).toBe(true);
    expect((await viewByToken({ token: second, now: T0 })).ok).toBe(true);
  });
});

describe("R14: resend history", () => {
  it("R14: a resend records RESENT with the partner user and last sent / send count before and after", async () => {
    const { id } = await createThroughDomain(world);
    const now = at(9 * DAY);
    await resendReference({ actor: world.actors.seattle, referenceId: id, now });
    const resent = (await eventsOf(id)).filter((e) => e.type === "RESENT");
    expect(resent).toHaveLength(1);
    expect(resent[0]).toMatchObject({
      actorKind: "PARTNER_USER",
      actorUserId: world.actors.seattle.userId,
      createdAt: now,
      before: { lastSentAt: T0.toISOString(), sendCount: 1 },
      after: { lastSentAt: now.toISOString(), sendCount: 2 },
    });
  });
});

describe("R15: resend and the outbox", () => {
  it("R15: when queueing the email fails, the resend is not applied at all", async () => {
    const { id } = await createThroughDomain(world, T0, { contactEmail: "fail-later@outbox.example" });
    await failOutboxInsertsTo("fail-later@outbox.example");
    const before = await rowCounts();
    await expect(
      resendReference({ actor: world.actors.global, referenceId: id, now: at(8 * DAY) }),
    ).rejects.toThrow();
    expect(await rowCounts()).toEqual(before);
    const db = await getDb();
    expect(await db.referenceRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      lastSentAt: T0,
      sendCount: 1,
    });
  });
});
