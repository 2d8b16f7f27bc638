import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerUserActor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { authOptions } from "@/lib/auth/options";
import { getDb } from "@/lib/db/client";
import { changeRole, removeUser } from "@/lib/users/roles";
import { signOutEverywhere } from "@/lib/users/sessions";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts } from "../support/admin";
import { seedWorld, type World } from "../support/factories";

// A1 (a partner keeps a Global Administrator, also under concurrency), A3 (no duplicate role
// rows), A8 (removal and "sign out of every session" end sessions on the next request).

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

/** A fresh partner with the given Global Administrators, so each test owns its invariant. */
async function partnerWithGlobals(count: number) {
  const db = await getDb();
  const tag = Math.random().toString(36).slice(2, 8);
  const partner = await db.partner.create({
    data: { name: `Partner ${tag}`, locations: { create: [{ name: "Oslo", country: "Norway" }] } },
    include: { locations: true },
  });
  const actors: PartnerUserActor[] = [];
  for (let i = 0; i < count; i++) {
    const user = await db.user.create({
      data: {
        email: `ga${i}.${tag}@example.org`,
        name: `Global ${i}`,
        partnerId: partner.id,
        roles: { create: { partnerId: partner.id, role: "GLOBAL_ADMINISTRATOR" } },
      },
    });
    actors.push((await loadActor(user.id)) as PartnerUserActor);
  }
  return { partner, actors };
}

const globalsOf = async (partnerId: string) =>
  (await getDb()).partnerRole.count({ where: { partnerId, role: "GLOBAL_ADMINISTRATOR" } });

describe("A1: a partner always keeps a Global Administrator", () => {
  it("A1: the last Global Administrator cannot demote themselves, and nothing is written", async () => {
    const { actors } = await partnerWithGlobals(1);
    const before = await adminCounts();
    const result = await changeRole({
      actor: actors[0]!,
      userId: actors[0]!.userId,
      input: { role: "MEMBER" },
      now,
    });
    expect(result).toEqual({ ok: false, code: "CONFLICT", message: ADMIN_MESSAGES.lastGlobalAdministrator });
    expect(await adminCounts()).toEqual(before);
  });

  it("A1: the last Global Administrator cannot be removed", async () => {
    const { actors } = await partnerWithGlobals(1);
    expect(await removeUser({ actor: actors[0]!, userId: actors[0]!.userId, now })).toMatchObject({
      ok: false,
      message: ADMIN_MESSAGES.lastGlobalAdministrator,
    });
  });

  it("A1: with two, one may demote the other; the change and its audit event are written", async () => {
    const { partner, actors } = await partnerWithGlobals(2);
    const result = await changeRole({
      actor: actors[0]!,
      userId: actors[1]!.userId,
      input: { role: "LOCAL_ADMINISTRATOR", locationIds: [partner.locations[0]!.id] },
      now,
    });
    expect(result).toEqual({ ok: true, data: { role: "Local Administrator of Oslo" } });
    const event = await (await getDb()).auditEvent.findFirstOrThrow({
      where: { subjectId: actors[1]!.userId },
    });
    expect(event).toMatchObject({
      action: "user.role_changed",
      actorLabel: "Global 0",
      before: { role: "Global Administrator" },
      after: { role: "Local Administrator of Oslo" },
    });
  });

  it("A1: two Global Administrators demoting each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 5; round++) {
      const { partner, actors } = await partnerWithGlobals(2);
      const [a, b] = actors as [PartnerUserActor, PartnerUserActor];
      const results = await Promise.all([
        changeRole({ actor: a, userId: b.userId, input: { role: "MEMBER" }, now }),
        changeRole({ actor: b, userId: a.userId, input: { role: "MEMBER" }, now }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await globalsOf(partner.id)).toBe(1);
    }
  });

  it("A1: two Global Administrators removing each other at the same moment: exactly one succeeds", async () => {
    const { partner, actors } = await partnerWithGlobals(2);
    const [a, b] = actors as [PartnerUserActor, PartnerUserActor];
    const results = await Promise.all([
      removeUser({ actor: a, userId: b.userId, now }),
      removeUser({ actor: b, userId: a.userId, now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await globalsOf(partner.id)).toBe(1);
  });
});

describe("A3: no duplicate role rows", () => {
  it("A3: the database refuses a second GLOBAL_ADMINISTRATOR row for the same user (NULL location)", async () => {
    const db = await getDb();
    const global = world.actors.global;
    await expect(
      db.partnerRole.create({
        data: { userId: global.userId, partnerId: global.partnerId, role: "GLOBAL_ADMINISTRATOR" },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("A3: making someone Local Administrator of one location twice keeps one row", async () => {
    const { partner, actors } = await partnerWithGlobals(1);
    const db = await getDb();
    const member = await db.user.create({
      data: { email: `m.${partner.id}@example.org`, name: "M", partnerId: partner.id },
    });
    const input = {
      role: "LOCAL_ADMINISTRATOR",
      locationIds: [partner.locations[0]!.id, partner.locations[0]!.id],
    };
    expect((await changeRole({ actor: actors[0]!, userId: member.id, input, now })).ok).toBe(true);
    expect((await changeRole({ actor: actors[0]!, userId: member.id, input, now })).ok).toBe(true);
    expect(await db.partnerRole.count({ where: { userId: member.id } })).toBe(1);
  });
});

describe("A8: sessions end on the next request", () => {
  it("A8: a removed person's session no longer loads an actor", async () => {
    const { partner, actors } = await partnerWithGlobals(1);
    const db = await getDb();
    const member = await db.user.create({
      data: { email: `gone.${partner.id}@example.org`, name: "Gone", partnerId: partner.id },
    });
    expect(await loadActor(member.id, { signedInAt: now.getTime() - 1000 })).not.toBeNull();
    expect(await removeUser({ actor: actors[0]!, userId: member.id, now })).toEqual({
      ok: true,
      data: { email: member.email },
    });
    expect(await loadActor(member.id, { signedInAt: now.getTime() - 1000 })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { subjectId: member.id, action: "user.removed" },
    });
    expect(event.before).toEqual({ email: member.email, role: "Member" });
  });

  it("A8: 'sign out of every session' refuses sessions that began before it, not later ones", async () => {
    const member = world.actors.member;
    expect(await signOutEverywhere({ actor: member, now })).toEqual({ ok: true, data: null });
    expect(await loadActor(member.userId, { signedInAt: now.getTime() - 1 })).toBeNull();
    expect(await loadActor(member.userId, { signedInAt: undefined })).toBeNull();
    expect(await loadActor(member.userId, { signedInAt: now.getTime() + 1 })).toMatchObject({
      userId: member.userId,
    });
  });

  it("A8: 'sign out of every session' also ends the sign-in links already mailed, and only that person's", async () => {
    const db = await getDb();
    const expires = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    await db.verificationToken.createMany({
      data: [
        { identifier: world.actors.munich.email, token: "mailed-link-1", expires },
        { identifier: world.actors.munich.email, token: "mailed-link-2", expires },
        { identifier: world.actors.seattle.email, token: "someone-elses", expires },
      ],
    });
    expect((await signOutEverywhere({ actor: world.actors.munich, now })).ok).toBe(true);
    expect((await db.verificationToken.findMany()).map((t) => t.token)).toEqual(["someone-elses"]);
    // The link itself is what next-auth's callback consumes: with its row gone, it signs no one in.
    const adapter = authOptions().adapter!;
    expect(
      await adapter.useVerificationToken!({ identifier: world.actors.munich.email, token: "mailed-link-1" }),
    ).toBeNull();
  });

  it("A8: a demoted Global Administrator's stale session cannot change roles any more", async () => {
    const { actors } = await partnerWithGlobals(2);
    const [a, b] = actors as [PartnerUserActor, PartnerUserActor];
    expect((await changeRole({ actor: a, userId: b.userId, input: { role: "MEMBER" }, now })).ok).toBe(true);
    // b's actor still says Global Administrator (loaded before): the rule re-reads the role.
    expect(await changeRole({ actor: b, userId: a.userId, input: { role: "MEMBER" }, now })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ADMIN_MESSAGES.forbiddenUsers,
    });
  });
});
