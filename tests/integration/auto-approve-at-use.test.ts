import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { cancelReference } from "@/lib/references/cancel";
import { getReferenceDetail } from "@/lib/references/detail";
import { listReferences } from "@/lib/references/queries";
import { resendReference } from "@/lib/references/resend";
import { respondByToken, viewByToken } from "@/lib/references/respond";
import { openServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { clearReferences, createThroughDomain, eventsOf, T0 } from "../support/lifecycle";

// R4 holds at the moment of use (decision 031): whoever meets a request 42 days or more after its
// first send — the customer opening or answering the link, an admin resending or listing — finds it
// auto-approved, by the same conditional write and history event as the scheduled job.

let world: World;
beforeEach(async () => {
  await clearReferences();
  world ??= await seedWorld();
});

const at = (ms: number) => new Date(T0.getTime() + ms);
const DUE = at(42 * DAY);
const status = async (id: string) =>
  (await (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id } })).status;
const autoEvents = async (id: string) =>
  (await eventsOf(id))
    .filter((e) => e.type === "AUTO_APPROVED")
    .map(({ actorKind, actorUserId, actorLabel, before, after, note, createdAt }) => ({
      actorKind,
      actorUserId,
      actorLabel,
      before,
      after,
      note,
      createdAt,
    }));

/** The event the scheduled job writes for a request due at `now`, to compare against. */
async function jobEvent(now: Date) {
  const { id } = await createThroughDomain(world);
  await autoApproveDue({ now });
  const [event] = await autoEvents(id);
  return event;
}

describe("R4: auto-approval at the moment of use", () => {
  it("R4: the customer opening the link on day 42 sees Microsoft Auto-Approved, persisted with the job's event", async () => {
    const expected = await jobEvent(DUE);
    const { id, token } = await createThroughDomain(world);
    const view = await viewByToken({ token, now: DUE });
    expect(view).toMatchObject({
      ok: true,
      data: { status: "MICROSOFT_AUTO_APPROVED", statusLabel: "Microsoft Auto-Approved", canRespond: false },
    });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect(await autoEvents(id)).toEqual([expected]);
  });

  it("R4: opening the link a millisecond before day 42 changes nothing (R13)", async () => {
    const { id, token } = await createThroughDomain(world);
    const view = await viewByToken({ token, now: at(42 * DAY - 1) });
    expect(view).toMatchObject({ ok: true, data: { status: "AWAITING_APPROVAL", canRespond: true } });
    expect(await status(id)).toBe("AWAITING_APPROVAL");
    expect(await eventsOf(id)).toHaveLength(2); // CREATED and SENT only
  });

  it("R4: a customer rejecting on day 42 is told it is already Microsoft Auto-Approved, and it stays so", async () => {
    const { id, token } = await createThroughDomain(world);
    expect(await respondByToken({ token, decision: "reject", now: DUE })).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: "This request is already Microsoft Auto-Approved.",
    });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect((await autoEvents(id)).length).toBe(1);
    expect((await eventsOf(id)).some((e) => e.type === "CUSTOMER_REJECTED")).toBe(false);
  });

  it("R4: an admin resending on day 43 is told it is already Microsoft Auto-Approved; no email is queued", async () => {
    const { id } = await createThroughDomain(world);
    const db = await getDb();
    const mails = await db.outboxEmail.count();
    expect(await resendReference({ actor: world.actors.global, referenceId: id, now: at(43 * DAY) })).toEqual(
      {
        ok: false,
        code: "ALREADY_FINAL",
        message: "This request is already Microsoft Auto-Approved.",
      },
    );
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect(await db.outboxEmail.count()).toBe(mails);
  });

  it("R4: resent on day 40, it is still auto-approved when an admin tries again on day 42 (not 'resend not due')", async () => {
    const { id } = await createThroughDomain(world);
    expect(
      (await resendReference({ actor: world.actors.global, referenceId: id, now: at(40 * DAY) })).ok,
    ).toBe(true);
    const result = await resendReference({ actor: world.actors.global, referenceId: id, now: DUE });
    expect(result).toMatchObject({ ok: false, code: "ALREADY_FINAL" });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
  });

  it("R4, R12: an agent canceling on day 43 (no scheduled run since) finds it Microsoft Auto-Approved, not canceled", async () => {
    const expected = await jobEvent(at(43 * DAY));
    const { id } = await createThroughDomain(world);
    const result = await cancelReference({
      actor: world.actors.agent,
      referenceId: id,
      programAdministrator: "Dana Whitfield",
      now: at(43 * DAY),
    });
    expect(result).toEqual({
      ok: false,
      code: "ALREADY_FINAL",
      message: "This request is already Microsoft Auto-Approved.",
    });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect(await autoEvents(id)).toEqual([expected]);
    expect((await eventsOf(id)).some((e) => e.type === "CANCELED")).toBe(false);
  });

  it("R4, R12: resolving a cancellation case on day 43 leaves the case open and the request Microsoft Auto-Approved", async () => {
    const { id } = await createThroughDomain(world);
    const opened = await openServiceCase({
      actor: world.actors.global,
      input: {
        referenceId: id,
        type: "CANCELLATION",
        programAdministrator: "Dana Whitfield",
        message: "Duplicate.",
      },
      now: at(10 * DAY),
    });
    if (!opened.ok) throw new Error(opened.message);
    const result = await resolveServiceCase({
      actor: world.actors.agent,
      caseId: opened.data.id,
      now: at(43 * DAY),
    });
    expect(result).toMatchObject({ ok: false, message: "This request is already Microsoft Auto-Approved." });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect((await autoEvents(id)).length).toBe(1);
    const db = await getDb();
    expect((await db.serviceCase.findUniqueOrThrow({ where: { id: opened.data.id } })).status).toBe("OPEN");
  });

  it("R4: the Reference List shows a due request as Microsoft Auto-Approved, and only the viewer's partner is touched", async () => {
    const mine = await insertReference(world, { firstSentAt: at(-42 * DAY) });
    const theirs = await insertReference(world, { location: "Lisbon", firstSentAt: at(-42 * DAY) });
    const list = await listReferences({ actor: world.actors.global, filters: {}, now: T0 });
    expect(list.rows.find((r) => r.id === mine.id)).toMatchObject({
      status: "MICROSOFT_AUTO_APPROVED",
      statusLabel: "Microsoft Auto-Approved",
    });
    expect(list.statusCounts.MICROSOFT_AUTO_APPROVED).toBe(1);
    expect(await status(theirs.id)).toBe("AWAITING_APPROVAL");
  });

  it("R4: the request's own page shows it auto-approved", async () => {
    const { id } = await createThroughDomain(world);
    const { autoApproveOverdue } = await import("@/lib/references/overdue");
    await autoApproveOverdue({ now: DUE, scope: { referenceId: id } });
    const detail = await getReferenceDetail({ actor: world.actors.global, referenceId: id, now: DUE });
    expect(detail).toMatchObject({ ok: true, data: { status: "MICROSOFT_AUTO_APPROVED" } });
  });

  it("R4: the job still persists the ones nobody looked at", async () => {
    const unseen = await insertReference(world, { firstSentAt: at(-50 * DAY) });
    const { token } = await createThroughDomain(world, at(-42 * DAY), { completedOn: "2026-01-01" });
    await viewByToken({ token, now: T0 });
    expect(await autoApproveDue({ now: T0 })).toEqual({ approved: 1 });
    expect(await status(unseen.id)).toBe("MICROSOFT_AUTO_APPROVED");
  });

  it("R2, R4: the customer, an admin, the list and the job meeting a due request at once auto-approve it once", async () => {
    const { id, token } = await createThroughDomain(world);
    const results = await Promise.all([
      respondByToken({ token, decision: "approve", now: DUE }),
      viewByToken({ token, now: DUE }),
      resendReference({ actor: world.actors.global, referenceId: id, now: DUE }),
      listReferences({ actor: world.actors.global, filters: {}, now: DUE }),
      autoApproveDue({ now: DUE }),
    ]);
    expect(results[0]).toMatchObject({ ok: false, code: "ALREADY_FINAL" });
    expect(results[2]).toMatchObject({ ok: false, code: "ALREADY_FINAL" });
    expect(await status(id)).toBe("MICROSOFT_AUTO_APPROVED");
    expect(await autoEvents(id)).toHaveLength(1);
  });
});
