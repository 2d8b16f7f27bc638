import { beforeAll, describe, expect, it } from "vitest";
import type { PartnerUserActor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { requeueFailedEmail } from "@/lib/email/failed";
import { runScheduledJobs } from "@/lib/jobs/scheduled";
import { onboardPartner } from "@/lib/partners/onboard";
import { LIMITS } from "@/lib/security/rate-limit";
import { acceptInvitation, viewInvitation } from "@/lib/users/accept";
import { inviteUser } from "@/lib/users/invite";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import { changeRole, removeUser } from "@/lib/users/roles";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts, invitationTokenFor, inviteInput } from "../support/admin";
import { DAY, seedWorld, type World } from "../support/factories";

// Issue 16, item 3: invitations that can be withdrawn and cannot outlive their right.

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
let seq = 0;
const fresh = (prefix: string) => `${prefix}.${++seq}@contoso.example`;

beforeAll(async () => {
  world = await seedWorld();
});

async function invited(email: string, actor = world.actors.global, role = "MEMBER") {
  const result = await inviteUser({ actor, input: inviteInput({ email, role }), now });
  if (!result.ok) throw new Error(result.message);
  const db = await getDb();
  const row = await db.invitation.findUniqueOrThrow({ where: { email } });
  return { id: row.id, token: await invitationTokenFor(email) };
}

/** A second Global Administrator of Contoso, who can then be demoted or removed. */
async function secondGlobal(): Promise<PartnerUserActor> {
  const db = await getDb();
  const user = await db.user.create({
    data: {
      email: fresh("second.global"),
      name: `Second Global ${seq}`,
      partnerId: world.contoso.id,
      roles: { create: { partnerId: world.contoso.id, role: "GLOBAL_ADMINISTRATOR" } },
    },
  });
  return (await loadActor(user.id)) as PartnerUserActor;
}

describe("Invitations: revoke", () => {
  it("Invitations: a Global Administrator revokes a pending invitation; its link is then not valid; audited", async () => {
    const email = fresh("revoked");
    const { id, token } = await invited(email);
    expect(await revokeInvitation({ actor: world.actors.global, invitationId: id, now })).toEqual({
      ok: true,
      data: { email },
    });
    expect(await viewInvitation({ token, now })).toMatchObject({
      ok: false,
      message: ADMIN_MESSAGES.invitationNotValid,
    });
    expect(await acceptInvitation({ token, now })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const db = await getDb();
    expect(
      await db.auditEvent.findFirst({ where: { action: "user.invitation_revoked", subjectId: id } }),
    ).toMatchObject({
      partnerId: world.contoso.id,
      actorUserId: world.actors.global.userId,
    });
  });

  it("Invitations: an agent revokes too; a member, a Local Administrator and another partner cannot, and nothing changes", async () => {
    const { id } = await invited(fresh("guarded"));
    const before = await adminCounts();
    for (const actor of [world.actors.member, world.actors.seattle])
      expect(await revokeInvitation({ actor, invitationId: id, now })).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: ADMIN_MESSAGES.forbiddenUsers,
      });
    expect(await revokeInvitation({ actor: world.actors.fabrikam, invitationId: id, now })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: ADMIN_MESSAGES.invitationRevoked,
    });
    expect(await adminCounts()).toEqual(before);
    expect((await revokeInvitation({ actor: world.actors.agent, invitationId: id, now })).ok).toBe(true);
  });

  it("Invitations: two revokes at once — one revokes, the other is told it is no longer pending", async () => {
    const { id } = await invited(fresh("twice.revoked"));
    const results = await Promise.all([
      revokeInvitation({ actor: world.actors.global, invitationId: id, now }),
      revokeInvitation({ actor: world.actors.agent, invitationId: id, now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: ADMIN_MESSAGES.invitationRevoked,
    });
  });
});

describe("Invitations carry their inviter's right", () => {
  it("Invitations: the invitation of a Global Administrator demoted since is refused at acceptance, and stays unusable", async () => {
    const inviter = await secondGlobal();
    const email = fresh("from.demoted");
    const { token } = await invited(email, inviter);
    const demoted = await changeRole({
      actor: world.actors.global,
      userId: inviter.userId,
      input: { role: "MEMBER" },
      now,
    });
    expect(demoted.ok).toBe(true);
    expect(await acceptInvitation({ token, now })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ADMIN_MESSAGES.inviterLostRight,
    });
    const db = await getDb();
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect(await acceptInvitation({ token, now })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("Invitations: the invitation of a Global Administrator removed since is refused at acceptance", async () => {
    const inviter = await secondGlobal();
    const { token } = await invited(fresh("from.removed"), inviter);
    expect((await removeUser({ actor: world.actors.global, userId: inviter.userId, now })).ok).toBe(true);
    expect(await acceptInvitation({ token, now })).toMatchObject({
      ok: false,
      message: ADMIN_MESSAGES.inviterLostRight,
    });
  });

  it("Invitations: an agent's invitation of a Global Administrator stays valid; a demoted inviter cannot invite any more", async () => {
    const email = fresh("from.agent");
    const result = await inviteUser({
      actor: world.actors.agent,
      partnerId: world.contoso.id,
      input: inviteInput({ email, role: "GLOBAL_ADMINISTRATOR" }),
      now,
    });
    expect(result.ok).toBe(true);
    expect(await acceptInvitation({ token: await invitationTokenFor(email), now })).toMatchObject({
      ok: true,
    });
    expect(
      await inviteUser({
        actor: world.actors.agent,
        partnerId: world.contoso.id,
        input: inviteInput({ email: fresh("agent.member"), role: "MEMBER" }),
        now,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { role: [ADMIN_MESSAGES.agentInvitesGlobals] } });
    // A Global Administrator demoted after their session was loaded: the stale actor is refused.
    const stale = await secondGlobal();
    await changeRole({ actor: world.actors.global, userId: stale.userId, input: { role: "MEMBER" }, now });
    expect(await inviteUser({ actor: stale, input: inviteInput({ email: fresh("stale") }), now })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ADMIN_MESSAGES.forbiddenUsers,
    });
  });

  it("Invitations: a demotion committed while an acceptance waits for the partner's lock refuses the acceptance", async () => {
    const inviter = await secondGlobal();
    const email = fresh("raced");
    const { token } = await invited(email, inviter);
    const db = await getDb();
    const embedded = !process.env.DATABASE_URL;
    let acceptance: ReturnType<typeof acceptInvitation> | undefined;
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Partner" WHERE id = ${world.contoso.id} FOR UPDATE`;
      await tx.partnerRole.deleteMany({ where: { userId: inviter.userId } });
      acceptance = acceptInvitation({ token, now });
      // On PostgreSQL, wait until the acceptance blocks on the lock this transaction holds (PGlite
      // runs one transaction at a time, so there it simply starts after this one).
      if (!embedded) await waitForLockWaiter();
    });
    expect(await acceptance).toMatchObject({ ok: false, message: ADMIN_MESSAGES.inviterLostRight });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

async function waitForLockWaiter(): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0].n > 0) return;
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await client.end();
  }
}

describe("Invitations: expired ones never block", () => {
  it("Invitations: another partner may invite an address whose invitation expired; the scheduled run deletes expired ones", async () => {
    const db = await getDb();
    const email = "expired.elsewhere@example.org";
    await invited(email);
    const later = new Date(now.getTime() + 8 * DAY);
    const elsewhere = await inviteUser({
      actor: world.actors.fabrikam,
      input: inviteInput({ email }),
      now: later,
    });
    expect(elsewhere).toEqual({ ok: true, data: { email } });
    expect((await db.invitation.findUniqueOrThrow({ where: { email } })).partnerId).toBe(world.fabrikam.id);

    await invited(fresh("will.expire"));
    const report = await runScheduledJobs({ now: new Date(now.getTime() + 30 * DAY) });
    expect(report.purged.expiredInvitations).toBeGreaterThanOrEqual(2);
    expect(
      await db.invitation.count({ where: { expiresAt: { lte: new Date(now.getTime() + 30 * DAY) } } }),
    ).toBe(0);
  });
});

describe("Invitations: abuse limits", () => {
  it("Invitations: an address invited too often is refused with when to try again, and nothing is written", async () => {
    const email = "bombed@example.org";
    for (let i = 0; i < LIMITS.invitePerAddress.points; i++)
      expect((await inviteUser({ actor: world.actors.global, input: inviteInput({ email }), now })).ok).toBe(
        true,
      );
    const before = await adminCounts();
    const refused = await inviteUser({ actor: world.actors.global, input: inviteInput({ email }), now });
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(refused.ok || refused.message).toMatch(
      /^This address was invited several times in a short time\. Please try again in \d+ minutes?\.$/,
    );
    expect(await adminCounts()).toEqual(before);
  });

  it("Invitations: one inviter sending too many is refused, whatever the addresses", async () => {
    const inviter = await secondGlobal();
    for (let i = 0; i < LIMITS.invitePerInviter.points; i++)
      await inviteUser({ actor: inviter, input: inviteInput({ email: fresh("many") }), now });
    const refused = await inviteUser({
      actor: inviter,
      input: inviteInput({ email: fresh("one.more") }),
      now,
    });
    expect(refused.ok || refused.message).toMatch(/^You have sent many invitations in a short time\./);
  });
});

describe("R13: a failed invitation email keeps no live link", () => {
  it("R13: requeued, it goes out with a new link and a fresh week; the link the failed one carried ends", async () => {
    const email = fresh("bounced.invite");
    const { token } = await invited(email);
    const db = await getDb();
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, template: "invitation" } });
    await db.outboxEmail.update({
      where: { id: mail.id },
      data: { status: "FAILED", html: "", text: "", rejections: 5, lastError: "550 no such user" },
    });
    const later = new Date(now.getTime() + 6 * DAY);
    expect(await requeueFailedEmail({ actor: world.actors.agent, emailId: mail.id, now: later })).toEqual({
      ok: true,
      data: { to: email },
    });
    const renewed = await invitationTokenFor(email);
    expect(renewed).not.toBe(token);
    expect(await viewInvitation({ token, now: later })).toMatchObject({ ok: false });
    expect(await viewInvitation({ token: renewed, now: later })).toMatchObject({ ok: true, data: { email } });
    const row = await db.invitation.findUniqueOrThrow({ where: { email } });
    expect(row.expiresAt).toEqual(new Date(later.getTime() + 7 * DAY));
  });
});

describe("Decision 022: demo identities create demo people only", () => {
  it("a demo partner invites reserved example addresses only, and who joins it is a demo user", async () => {
    const refused = await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "someone@gmail.com" }),
      now,
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { email: [ADMIN_MESSAGES.demoPartnerAddress] } });
    const email = fresh("joins.demo");
    const { token } = await invited(email);
    expect((await acceptInvitation({ token, now })).ok).toBe(true);
    expect(await (await getDb()).user.findUniqueOrThrow({ where: { email } })).toMatchObject({
      isDemo: true,
    });
  });

  it("a partner onboarded by the demo agent is a demo partner", async () => {
    const result = await onboardPartner({
      actor: world.actors.agent,
      input: {
        name: "Demo Onboarded",
        programId: "7770001",
        locations: [{ name: "Oslo", country: "Norway" }],
        adminEmail: "gunnar@demo-onboarded.example",
        adminName: "Gunnar",
      },
      now,
    });
    if (!result.ok) throw new Error(result.message);
    const partner = await (await getDb()).partner.findUniqueOrThrow({ where: { id: result.data.partnerId } });
    expect(partner.isDemo).toBe(true);
  });
});
