import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { consumeLimit, LIMITS, purgeExpiredLimits } from "@/lib/security/rate-limit";

// The counters are rows: simultaneous uses are all counted (one atomic statement each), on
// PostgreSQL and on the embedded PGlite alike.

describe("abuse limits (lib/security/rate-limit.ts)", () => {
  it("allows exactly the limit when many uses arrive at once, and says when to try again", async () => {
    const { points } = LIMITS.signInEmailPerAddress;
    const outcomes = await Promise.all(
      Array.from({ length: points * 3 }, () => consumeLimit("signInEmailPerAddress", "dana@contoso.example")),
    );
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(points);
    const refused = outcomes.filter((o) => !o.allowed);
    expect(refused).toHaveLength(points * 2);
    for (const o of refused)
      if (!o.allowed)
        expect(o.retryAfterSeconds).toBeGreaterThan(LIMITS.signInEmailPerAddress.durationSeconds - 60);
  });

  it("keeps the count in the database, per limit and per subject", async () => {
    await consumeLimit("createPerUser", "user-a");
    await consumeLimit("createPerUser", "user-a");
    await consumeLimit("resendPerUser", "user-a");
    const rows = await (await getDb()).rateLimit.findMany({
      where: { key: { in: ["createPerUser:user-a", "resendPerUser:user-a"] } },
      orderBy: { key: "asc" },
    });
    expect(rows.map((r) => [r.key, r.points])).toEqual([
      ["createPerUser:user-a", 2],
      ["resendPerUser:user-a", 1],
    ]);
  });

  it("starts a new window once the old one has expired", async () => {
    const db = await getDb();
    const { points } = LIMITS.customerDecisionPerIp;
    for (let i = 0; i < points; i++) await consumeLimit("customerDecisionPerIp", "192.0.2.7");
    expect((await consumeLimit("customerDecisionPerIp", "192.0.2.7")).allowed).toBe(false);
    await db.rateLimit.update({
      where: { key: "customerDecisionPerIp:192.0.2.7" },
      data: { expire: new Date(Date.now() - 1000) },
    });
    expect((await consumeLimit("customerDecisionPerIp", "192.0.2.7")).allowed).toBe(true);
    const restarted = await db.rateLimit.findUniqueOrThrow({
      where: { key: "customerDecisionPerIp:192.0.2.7" },
    });
    expect(restarted.points).toBe(1);
    expect(restarted.expire!.getTime()).toBeGreaterThan(Date.now());
  });

  it("says how many uses are left and when the window resets; the scheduled purge removes long-expired counters", async () => {
    const first = await consumeLimit("invitePerAddress", "erin@contoso.example");
    const second = await consumeLimit("invitePerAddress", "erin@contoso.example");
    expect(first).toMatchObject({ allowed: true, remaining: LIMITS.invitePerAddress.points - 1 });
    expect(second).toMatchObject({ allowed: true, remaining: LIMITS.invitePerAddress.points - 2 });
    if (second.allowed)
      expect(second.resetSeconds).toBeLessThanOrEqual(LIMITS.invitePerAddress.durationSeconds);

    const db = await getDb();
    const now = new Date();
    await db.rateLimit.create({
      data: { key: "createPerUser:long-gone", points: 3, expire: new Date(now.getTime() - 2 * 3600_000) },
    });
    await db.rateLimit.create({
      data: { key: "createPerUser:just-ended", points: 3, expire: new Date(now.getTime() - 60_000) },
    });
    expect(await purgeExpiredLimits({ now })).toBe(1);
    const left = await db.rateLimit.findMany({
      where: { key: { in: ["createPerUser:long-gone", "createPerUser:just-ended"] } },
    });
    expect(left.map((r) => r.key)).toEqual(["createPerUser:just-ended"]);
  });
});

describe("per-user limits on creates and resends (lib/security/action-limit.ts)", () => {
  it("refuses the create after the limit with a message saying when to try again", async () => {
    const { actionLimitRefusal } = await import("@/lib/security/action-limit");
    const actor = { kind: "agent", userId: "user-limit-test", name: "A", email: "a@x.example" } as const;
    for (let i = 0; i < LIMITS.createPerUser.points; i++)
      expect(await actionLimitRefusal("create", actor)).toBeNull();
    const refusal = await actionLimitRefusal("create", actor);
    expect(refusal).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(refusal?.message).toMatch(/Please try again in (60|59) minutes\.$/);
    // Resends are counted separately.
    expect(await actionLimitRefusal("resend", actor)).toBeNull();
  });
});
