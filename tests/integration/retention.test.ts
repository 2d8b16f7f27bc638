import { beforeAll, describe, expect, it } from "vitest";
import { CONTACT_ERASED, isContactErased } from "@/lib/customers/erase";
import { eraseExpiredContacts } from "@/lib/customers/retention";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { cancelReference } from "@/lib/references/cancel";
import { respondByToken } from "@/lib/references/respond";
import { openServiceCase } from "@/lib/service-center/cases";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, T0 } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";

// R21: the contact data of a request that ended without counting is erased 180 days after it ended
// (RETENTION_DAYS); the request keeps its status, dates, company and history entries.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

let people = 0;
function contact() {
  people++;
  return {
    contactName: `Rosalind Keeper ${people}`,
    contactEmail: `Rosalind.Keeper.${people}@keepers-retention.example`,
  };
}

const unbounded = () => performance.now() + 60_000;

async function rejectedAt(at: Date) {
  const who = contact();
  const created = await createThroughDomain(world, new Date(at.getTime() - DAY), who);
  const answer = await respondByToken({ token: created.token, decision: "reject", now: at });
  expect(answer.ok).toBe(true);
  return { ...created, ...who };
}

async function reference(id: string) {
  return (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id } });
}

describe("R21: retention", () => {
  it("R21: ended 181 and 180 days ago → erased; 179 days ago → kept; approved and awaiting requests are never erased", async () => {
    const now = new Date(T0.getTime() + 400 * DAY);
    const old = await rejectedAt(new Date(now.getTime() - 181 * DAY));
    const exactly = await rejectedAt(new Date(now.getTime() - 180 * DAY));
    const recent = await rejectedAt(new Date(now.getTime() - 179 * DAY));
    const approvedWho = contact();
    const approved = await createThroughDomain(world, new Date(now.getTime() - 300 * DAY), approvedWho);
    await respondByToken({
      token: approved.token,
      decision: "approve",
      now: new Date(now.getTime() - 299 * DAY),
    });
    const awaiting = await createThroughDomain(world, new Date(now.getTime() - 10 * DAY), contact());
    await settleBackgroundDeliveries();

    const report = await eraseExpiredContacts({ now, deadline: unbounded() });
    expect(report).toEqual({ erased: 2, more: false });

    for (const erased of [old, exactly]) {
      const row = await reference(erased.id);
      expect(isContactErased(row)).toBe(true);
      expect(row).toMatchObject({ contactName: "", contactEmail: "", status: "CUSTOMER_REJECTED" });
      expect(row.contactErasedAt).toEqual(now);
      expect(row.customerCompany).toBe("Northwind Traders");
      expect(row.decidedAt).not.toBeNull();
    }
    expect((await reference(recent.id)).contactEmail).toBe(recent.contactEmail);
    expect((await reference(approved.id)).contactEmail).toBe(approvedWho.contactEmail);
    expect(isContactErased(await reference(awaiting.id))).toBe(false);

    // A second run finds nothing more to do.
    expect(await eraseExpiredContacts({ now, deadline: unbounded() })).toEqual({ erased: 0, more: false });
  });

  it("R21: after erasure no text or JSON column of any table holds the address or the name; the history keeps its entries", async () => {
    const who = contact();
    const created = await createThroughDomain(world, T0, who);
    // The address and the name written into free text: a service case the partner opened about it.
    const opened = await openServiceCase({
      actor: world.actors.global,
      input: {
        type: "CANCELLATION",
        referenceId: created.id,
        message: `Please cancel: ${who.contactName} (${who.contactEmail.toLowerCase()}) has left the company.`,
        programAdministrator: "Pat Program",
      },
      now: T0,
    });
    expect(opened.ok).toBe(true);
    const canceledAt = new Date(T0.getTime() + DAY);
    const canceled = await cancelReference({
      actor: world.actors.agent,
      referenceId: created.id,
      programAdministrator: "Pat Program",
      note: `Asked by Pat for ${who.contactName}`,
      now: canceledAt,
    });
    expect(canceled.ok).toBe(true);
    await settleBackgroundDeliveries();
    const before = await eventsOf(created.id);
    expect((await findInAnyColumn(who.contactEmail)).length).toBeGreaterThan(0);

    const report = await eraseExpiredContacts({
      now: new Date(canceledAt.getTime() + 180 * DAY),
      deadline: unbounded(),
    });
    expect(report.erased).toBeGreaterThanOrEqual(1);

    for (const value of [who.contactEmail, who.contactEmail.toLowerCase(), who.contactName])
      expect(await findInAnyColumn(value), value).toEqual([]);
    const after = await eventsOf(created.id);
    expect(after.map((e) => [e.type, e.createdAt])).toEqual(before.map((e) => [e.type, e.createdAt]));
    expect((await reference(created.id)).status).toBe("CANCELED");
    expect(CONTACT_ERASED).toBe("Contact erased");
  });

  it("R21: two scheduled runs at once erase each request once", async () => {
    const ended = new Date(T0.getTime() + 2 * DAY);
    const due = [await rejectedAt(ended), await rejectedAt(ended), await rejectedAt(ended)];
    const now = new Date(ended.getTime() + 200 * DAY);
    const [a, b] = await Promise.all([
      eraseExpiredContacts({ now, deadline: unbounded() }),
      eraseExpiredContacts({ now, deadline: unbounded() }),
    ]);
    const db = await getDb();
    const rows = await db.referenceRequest.findMany({ where: { id: { in: due.map((d) => d.id) } } });
    expect(rows.every((r) => isContactErased(r) && r.contactErasedAt?.getTime() === now.getTime())).toBe(
      true,
    );
    // Each request was erased by exactly one of them (plus whatever the earlier tests left due).
    expect(a.erased + b.erased).toBeGreaterThanOrEqual(3);
    expect(a.more || b.more).toBe(false);
  });
});
