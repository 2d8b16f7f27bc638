import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db/client";
import { hashToken } from "@/lib/references/tokens";
import { acceptInvitation, viewInvitation } from "@/lib/users/accept";
import { inviteUser } from "@/lib/users/invite";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts, invitationTokenFor, inviteInput } from "../support/admin";
import { DAY, seedWorld, type World } from "../support/factories";

// A2 (one user per email, never revealing another partner) and A5 (invitations: 7 days, once,
// re-invite replaces), see docs/decisions/050-administration-rules.md.

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

describe("A5: invitations", () => {
  it("A5: a Global Administrator's invitation stores only the token's hash, queues the email and an audit event", async () => {
    const before = await adminCounts();
    const result = await inviteUser({
      actor: world.actors.global,
      input: inviteInput({
        email: "Ola.Nordmann@Contoso.example",
        name: "Ola Nordmann",
        role: "LOCAL_ADMINISTRATOR",
        locationIds: [world.location("Munich").id],
      }),
      now,
    });
    expect(result).toEqual({ ok: true, data: { email: "ola.nordmann@contoso.example" } });
    const token = await invitationTokenFor("ola.nordmann@contoso.example");
    const db = await getDb();
    const row = await db.invitation.findUniqueOrThrow({ where: { email: "ola.nordmann@contoso.example" } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(7 * DAY);
    expect(await adminCounts()).toEqual({
      ...before,
      invitations: before.invitations + 1,
      audit: before.audit + 1,
      outbox: before.outbox + 1,
    });
    const view = await viewInvitation({ token, now });
    expect(view).toEqual({
      ok: true,
      data: {
        partnerName: "Contoso",
        email: "ola.nordmann@contoso.example",
        name: "Ola Nordmann",
        roleLabel: "Local Administrator of Munich",
      },
    });
    // Looking at the invitation (GET) changed nothing.
    expect(await db.invitation.count()).toBe(before.invitations + 1);
  });

  it("A5: accepting creates the user with the role, and the link works once", async () => {
    await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "once@contoso.example", role: "GLOBAL_ADMINISTRATOR" }),
      now,
    });
    const token = await invitationTokenFor("once@contoso.example");
    const accepted = await acceptInvitation({ token, now: new Date(now.getTime() + DAY) });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const actor = await loadActor(accepted.data.userId);
    expect(actor).toMatchObject({
      kind: "partner-user",
      partnerName: "Contoso",
      isGlobalAdministrator: true,
    });
    expect(await acceptInvitation({ token, now })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: ADMIN_MESSAGES.invitationNotValid,
    });
  });

  it("A5: two simultaneous accepts of one link create one user", async () => {
    await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "twice@contoso.example" }),
      now,
    });
    const token = await invitationTokenFor("twice@contoso.example");
    const results = await Promise.all([
      acceptInvitation({ token, now }),
      acceptInvitation({ token, now }),
      acceptInvitation({ token, now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await (await getDb()).user.count({ where: { email: "twice@contoso.example" } })).toBe(1);
  });

  it("A5: an invitation expires after 7 days (boundary included) and says so", async () => {
    await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "late@contoso.example" }),
      now,
    });
    const token = await invitationTokenFor("late@contoso.example");
    const expired = { ok: false, code: "NOT_FOUND", message: ADMIN_MESSAGES.invitationExpired };
    expect(await acceptInvitation({ token, now: new Date(now.getTime() + 7 * DAY) })).toEqual(expired);
    expect(await viewInvitation({ token, now: new Date(now.getTime() + 7 * DAY) })).toEqual(expired);
    expect((await acceptInvitation({ token, now: new Date(now.getTime() + 7 * DAY - 1) })).ok).toBe(true);
  });

  it("A5: a re-invite replaces the earlier link", async () => {
    await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "again@contoso.example" }),
      now,
    });
    const first = await invitationTokenFor("again@contoso.example");
    await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "again@contoso.example" }),
      now: new Date(now.getTime() + 1000),
    });
    const second = await invitationTokenFor("again@contoso.example");
    expect(second).not.toBe(first);
    expect(await acceptInvitation({ token: first, now })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await acceptInvitation({ token: second, now })).ok).toBe(true);
  });

  it("A5: a tampered or unknown token shows 'not valid' and reveals nothing", async () => {
    const notValid = { ok: false, code: "NOT_FOUND", message: ADMIN_MESSAGES.invitationNotValid };
    expect(await viewInvitation({ token: "x".repeat(43), now })).toEqual(notValid);
    expect(await acceptInvitation({ token: '\'; DROP TABLE "User"; --', now })).toEqual(notValid);
  });
});

describe("A2: one user per email address", () => {
  const unavailable = {
    ok: false,
    code: "INVALID_INPUT",
    message: ADMIN_MESSAGES.emailUnavailable,
    fieldErrors: { email: [ADMIN_MESSAGES.emailUnavailable] },
  };

  it.each([
    ["another partner's user", "admin@fabrikam.example"],
    ["a service-center agent", "agent@servicecenter.example"],
  ])(
    "A2: inviting the address of %s is refused without naming the partner, and writes nothing",
    async (_who, email) => {
      const before = await adminCounts();
      const result = await inviteUser({
        actor: world.actors.global,
        input: inviteInput({ email: email.toUpperCase() }),
        now,
      });
      expect(result).toEqual(unavailable);
      expect(JSON.stringify(result)).not.toMatch(/Fabrikam/i);
      expect(await adminCounts()).toEqual(before);
    },
  );

  it("A2: an address with a pending invitation from another partner is refused with the same words", async () => {
    await inviteUser({
      actor: world.actors.fabrikam,
      input: inviteInput({ email: "shared@example.org" }),
      now,
    });
    const before = await adminCounts();
    expect(
      await inviteUser({
        actor: world.actors.global,
        input: inviteInput({ email: "shared@example.org" }),
        now,
      }),
    ).toEqual(unavailable);
    expect(await adminCounts()).toEqual(before);
  });

  it("A2: two partners inviting one address at the same moment: one invitation", async () => {
    const results = await Promise.all([
      inviteUser({ actor: world.actors.global, input: inviteInput({ email: "race@example.org" }), now }),
      inviteUser({ actor: world.actors.fabrikam, input: inviteInput({ email: "race@example.org" }), now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual(unavailable);
    expect(await (await getDb()).invitation.count({ where: { email: "race@example.org" } })).toBe(1);
  });

  it("A2: inviting someone who is already in the partner points to their role instead", async () => {
    const result = await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "member@contoso.example" }),
      now,
    });
    expect(result).toMatchObject({ ok: false, message: ADMIN_MESSAGES.alreadyMember });
  });
});
