import { beforeAll, describe, expect, it } from "vitest";
import { competencyProgress } from "@/lib/competencies/progress";
import { getDb } from "@/lib/db/client";

import { autoApproveDue } from "@/lib/references/auto-approve";
import { isResendDue } from "@/lib/references/timing";
import { seedDemoData } from "@/prisma/demo-data";

// The demo data is built through the domain functions; this proves it loads and shows every case.

const now = new Date("2026-11-27T10:00:00Z");

beforeAll(async () => {
  await seedDemoData(await getDb(), now);
}, 120_000);

async function contosoRows() {
  const db = await getDb();
  return db.referenceRequest.findMany({
    where: { partner: { name: "Contoso" } },
    include: { location: true, events: true },
  });
}

describe("R16–R18: the demo data", () => {
  it("R17/R18: one request is “Email not delivered” (and not auto-approved), one customer chose Do not ask me again, partners have their own domains", async () => {
    const db = await getDb();
    const bounced = await db.referenceRequest.findMany({ where: { deliveryFailedAt: { not: null } } });
    expect(bounced.map((r) => [r.customerCompany, r.status])).toEqual([
      ["A. Datum Corporation", "AWAITING_APPROVAL"],
    ]);
    expect(bounced[0]!.deliveryFailure).toMatch(/^550 /);
    expect(await db.contactSuppression.count()).toBe(1);
    expect((await db.partner.findFirstOrThrow({ where: { name: "Contoso" } })).emailDomains).toEqual([
      "contoso.example",
    ]);
  });

  it("R21: the request rejected 210 days ago has its contact erased; the one rejected 66 days ago keeps it", async () => {
    const db = await getDb();
    const erased = await db.referenceRequest.findMany({ where: { contactErasedAt: { not: null } } });
    expect(erased.map((r) => [r.customerCompany, r.status, r.contactEmail, r.contactName])).toEqual([
      ["Lamna Healthcare", "CUSTOMER_REJECTED", "", ""],
    ]);
    const kept = await db.referenceRequest.findFirstOrThrow({ where: { customerCompany: "Woodgrove Bank" } });
    expect(kept.contactEmail).not.toBe("");
  });

  it("R19: a held level at risk within 90 days, and an assigned reference that stopped counting", async () => {
    const db = await getDb();
    const member = await db.user.findUniqueOrThrow({ where: { email: "member@contoso.example" } });
    const { loadActor } = await import("@/lib/auth/load-actor");
    const rows = await competencyProgress({ actor: (await loadActor(member.id))!, now });
    const cloud = rows.find((r) => r.name === "Cloud Platform")!;
    expect(cloud.silverMet).toBe(true);
    const lapse = cloud.levels[0].lapsesOn!;
    expect(lapse.getTime() - now.getTime()).toBeLessThan(90 * 24 * 60 * 60 * 1000);
    const data = rows.find((r) => r.name === "Data Platform")!;
    expect(data.references.some((r) => !r.counts)).toBe(true);
  });
});

describe("R1–R4: the demo data", () => {
  it("R2: Contoso has 15–25 references in every status across Seattle, Munich and Sydney; Fabrikam has one", async () => {
    const rows = await contosoRows();
    expect(rows.length).toBeGreaterThanOrEqual(15);
    expect(rows.length).toBeLessThanOrEqual(25);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        "AWAITING_APPROVAL",
        "CUSTOMER_REJECTED",
        "CUSTOMER_APPROVED",
        "MICROSOFT_AUTO_APPROVED",
        "CANCELED",
      ]),
    );
    expect(new Set(rows.map((r) => r.location.name))).toEqual(new Set(["Seattle", "Munich", "Sydney"]));
    const db = await getDb();
    expect(await db.referenceRequest.count({ where: { partner: { name: "Fabrikam" } } })).toBe(1);
  });

  it("R3: some awaiting requests can be resent now and some cannot", async () => {
    const awaiting = (await contosoRows()).filter((r) => r.status === "AWAITING_APPROVAL");
    expect(awaiting.some((r) => isResendDue(r.lastSentAt, now))).toBe(true);
    expect(awaiting.some((r) => !isResendDue(r.lastSentAt, now))).toBe(true);
  });

  it("R7/R10: approved references exist in every location; Cloud Platform's silver level is met", async () => {
    const approved = (await contosoRows()).filter((r) =>
      ["CUSTOMER_APPROVED", "MICROSOFT_AUTO_APPROVED"].includes(r.status),
    );
    expect(new Set(approved.map((r) => r.location.name))).toEqual(new Set(["Seattle", "Munich", "Sydney"]));
    const assigned = approved.filter((r) => r.competencyId !== null);
    expect(assigned).toHaveLength(5); // one of them (Trey Research) no longer counts (R19)
    const cloudPlatform = await (await getDb()).competency.findUniqueOrThrow({
      where: { name: "Cloud Platform" },
    });
    expect(assigned.filter((r) => r.competencyId === cloudPlatform.id)).toHaveLength(
      cloudPlatform.silverRequired,
    );
    expect(approved.filter((r) => r.competencyId === null).length).toBeGreaterThanOrEqual(4);
  });

  it("R14: every demo reference has its history", async () => {
    for (const row of await contosoRows()) {
      expect(row.events.map((e) => e.type)).toEqual(expect.arrayContaining(["CREATED", "SENT"]));
    }
  });

  it("R4: the scheduled job would auto-approve exactly the request first sent 43 days ago", async () => {
    const db = await getDb();
    const due = await db.referenceRequest.findFirstOrThrow({ where: { customerCompany: "Fourth Coffee" } });
    expect(due).toMatchObject({ status: "AWAITING_APPROVAL", sendCount: 2 });
    expect(await autoApproveDue({ now })).toEqual({ approved: 1 });
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id: due.id } })).status).toBe(
      "MICROSOFT_AUTO_APPROVED",
    );
  });
});
