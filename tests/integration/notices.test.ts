import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/outbox";
import { sendAutoApprovalDigests } from "@/lib/notices/digest";
import { setNoticePreferences } from "@/lib/notices/preferences";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { respondByToken } from "@/lib/references/respond";
import { openServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// Notices reach the right people once, through the outbox and a real SMTP listener (R15).

let world: World;
let sink: SmtpSink;
beforeAll(async () => {
  world = await seedWorld();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.close();
});
beforeEach(async () => {
  const db = await getDb();
  await db.outboxEmail.deleteMany();
  await db.noticeOptOut.deleteMany();
  sink.messages.length = 0;
});

const at = (ms: number) => new Date(T0.getTime() + ms);
const CONTOSO_GLOBAL = "admin@contoso.example";
const SEATTLE = "seattle.admin@contoso.example";
const MUNICH = "munich.admin@contoso.example";

/** Delivers everything queued to the listener and returns what each address received. */
async function deliveredByRecipient(now: Date): Promise<Record<string, string[]>> {
  const db = await getDb();
  const pending = await db.outboxEmail.count({ where: { status: "PENDING" } });
  await deliverDueEmails({ now, smtpUrl: sink.url });
  await sink.waitFor(pending);
  const byRecipient: Record<string, string[]> = {};
  for (const m of sink.messages) {
    const to = m.to && !Array.isArray(m.to) ? m.to.text : "";
    byRecipient[to] = [...(byRecipient[to] ?? []), m.subject ?? ""];
  }
  return byRecipient;
}

const noticesOnly = (byRecipient: Record<string, string[]>, customer: string) =>
  Object.fromEntries(Object.entries(byRecipient).filter(([to]) => to !== customer));

describe("R6/R15: decision notices", () => {
  it("R6: an approval tells the creator and the administrators who may assign it, once each", async () => {
    const { token, id } = await createThroughDomain(world, T0, { contactEmail: "a1@customer.example" });
    const answered = await respondByToken({ token, decision: "approve", now: at(DAY) });
    expect(answered.ok).toBe(true);
    const received = noticesOnly(await deliveredByRecipient(at(DAY)), "a1@customer.example");
    const subject = "Northwind Traders approved the reference “Order platform migration”";
    // Seattle request, created by the Global Administrator: Munich's admin and the member are not told.
    expect(received).toEqual({ [CONTOSO_GLOBAL]: [subject], [SEATTLE]: [subject] });
    const html = sink.messages.find((m) => m.subject === subject)?.html || "";
    expect(html).toContain("Assign it now");
    expect(html).toContain(`/references/${id}`);
  });

  it("R2: two approvals racing: one wins, and its notice goes out once per person", async () => {
    const { token } = await createThroughDomain(world, T0, { contactEmail: "race@customer.example" });
    const results = await Promise.all([
      respondByToken({ token, decision: "approve", now: at(DAY) }),
      respondByToken({ token, decision: "approve", now: at(DAY) }),
      respondByToken({ token, decision: "reject", now: at(DAY) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const received = noticesOnly(await deliveredByRecipient(at(DAY)), "race@customer.example");
    expect(Object.keys(received).sort()).toEqual([CONTOSO_GLOBAL, SEATTLE]);
    for (const subjects of Object.values(received)) expect(subjects).toHaveLength(1);
  });

  it("R6: a rejection is told too, without the Assign button", async () => {
    const { token } = await createThroughDomain(world, T0, {
      contactEmail: "r1@customer.example",
      locationId: world.location("Munich").id,
    });
    await respondByToken({ token, decision: "reject", now: at(DAY) });
    const received = noticesOnly(await deliveredByRecipient(at(DAY)), "r1@customer.example");
    expect(Object.keys(received).sort()).toEqual([CONTOSO_GLOBAL, MUNICH]);
    expect(sink.messages.some((m) => (m.html || "").includes("Assign it now"))).toBe(false);
  });

  it("opting out of decision notices stops them, and only them; the change is audited", async () => {
    const opted = await setNoticePreferences({
      actor: world.actors.seattle,
      input: { enabled: ["AUTO_APPROVAL_DIGEST", "CASE_UPDATE", "DELIVERY_FAILED", "RENEWAL_REMINDER"] },
      now: T0,
    });
    expect(opted.ok).toBe(true);
    const audit = await (await getDb()).auditEvent.findMany({
      where: { action: "user.notices_changed" },
      select: {
        partnerId: true,
        subjectId: true,
        actorUserId: true,
        before: true,
        after: true,
        createdAt: true,
      },
    });
    expect(audit).toEqual([
      {
        partnerId: world.contoso.id,
        subjectId: world.actors.seattle.userId,
        actorUserId: world.actors.seattle.userId,
        before: { off: [] },
        after: { off: ["DECISION"] },
        createdAt: T0,
      },
    ]);
    const { token } = await createThroughDomain(world, T0, { contactEmail: "o1@customer.example" });
    await respondByToken({ token, decision: "approve", now: at(DAY) });
    expect(Object.keys(noticesOnly(await deliveredByRecipient(at(DAY)), "o1@customer.example"))).toEqual([
      CONTOSO_GLOBAL,
    ]);

    // The same person still hears how their service case ended.
    sink.messages.length = 0;
    const { id } = await createThroughDomain(world, T0, { contactEmail: "o2@customer.example" });
    const db = await getDb();
    await db.outboxEmail.deleteMany();
    const opened = await openServiceCase({
      actor: world.actors.seattle,
      input: {
        referenceId: id,
        type: "CANCELLATION",
        programAdministrator: "Dana Park",
        message: "Duplicate.",
      },
      now: at(DAY),
    });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    await resolveServiceCase({
      actor: world.actors.agent,
      caseId: opened.data.id,
      resolution: "Done.",
      now: at(DAY),
    });
    const received = await deliveredByRecipient(at(DAY));
    expect(received[SEATTLE]).toEqual(["Your service case was resolved: Cancellation request"]);
  });
});

describe("R12: service-case notices", () => {
  it("R12: a case opened and resolved: one notice to the service center, one to the person who opened it", async () => {
    const { id } = await createThroughDomain(world, T0, { contactEmail: "c1@customer.example" });
    const db = await getDb();
    await db.outboxEmail.deleteMany();
    const opened = await openServiceCase({
      actor: world.actors.global,
      input: {
        referenceId: id,
        type: "CANCELLATION",
        programAdministrator: "Dana Park",
        message: "Sent twice.",
      },
      now: at(DAY),
    });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const resolved = await resolveServiceCase({
      actor: world.actors.agent,
      caseId: opened.data.id,
      resolution: "Canceled as Dana asked.",
      now: at(2 * DAY),
    });
    expect(resolved.ok).toBe(true);
    const received = await deliveredByRecipient(at(2 * DAY));
    expect(received).toEqual({
      "agent@servicecenter.example": ["New service case from Contoso: Cancellation request"],
      [CONTOSO_GLOBAL]: ["Your service case was resolved: Cancellation request"],
    });
    const outcome = sink.messages.find((m) => m.subject?.startsWith("Your service case"));
    expect(outcome?.text).toContain("Canceled as Dana asked.");
  });
});

describe("R4: the auto-approval digest", () => {
  it("R4: 1 000 requests auto-approved in one run for a partner with three admins: three digests", async () => {
    const db = await getDb();
    const creator = world.actors.global.userId;
    for (const location of ["Seattle", "Munich"]) {
      await db.$executeRaw`
        INSERT INTO "ReferenceRequest" (id, "partnerId", "locationId", "createdById", status, "firstSentAt",
          "lastSentAt", "customerCompany", "contactName", "contactEmail", "projectTitle", "projectDescription",
          "projectType", "completedOn", "createdAt", "updatedAt")
        SELECT 'digest-' || ${location} || '-' || n, ${world.contoso.id}, ${world.location(location).id}, ${creator},
          'AWAITING_APPROVAL', ${at(-50 * DAY)}, ${at(-50 * DAY)}, 'Customer ' || n, 'Contact', 'c@customer.example',
          'Project ' || n, 'Description', 'CLOUD_MIGRATION', '2026-09-30', ${at(-50 * DAY)}, ${at(-50 * DAY)}
        FROM generate_series(1, 500) AS n`;
    }
    await autoApproveDue({ now: T0 });
    const report = await sendAutoApprovalDigests({ now: T0 });
    expect(report.digests).toBe(3);
    expect(await db.autoApprovalNotice.count()).toBe(0);
    const { "c@customer.example": toCustomer, ...received } = await deliveredByRecipient(T0);
    expect(received).toEqual({
      [CONTOSO_GLOBAL]: ["1000 references were auto-approved and need a competency"],
      [SEATTLE]: ["500 references were auto-approved and need a competency"],
      [MUNICH]: ["500 references were auto-approved and need a competency"],
    });
    // R20: and each request's customer, once, with a withdraw link.
    expect(toCustomer).toEqual(Array(1000).fill("A reference for Contoso was approved automatically"));
    const toGlobal = sink.messages.find((m) => m.subject?.startsWith("1000"));
    expect(toGlobal?.text).toContain("and 950 more.");
    expect(toGlobal?.text).toContain("/references?status=MICROSOFT_AUTO_APPROVED&assigned=no");
    // A second run has nothing new to tell.
    expect(await sendAutoApprovalDigests({ now: T0 })).toEqual({ digests: 0, partners: 0 });
  }, 120_000); // 1 000 customer notices are rendered and delivered too (R20)
});
