import { beforeAll, describe, expect, it } from "vitest";
import { competencyProgress } from "@/lib/competencies/progress";
import { consentVersion } from "@/lib/customers/consent";
import { eraseReferenceContact } from "@/lib/customers/erase";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { sendAutoApprovalDigests } from "@/lib/notices/digest";
import { assignReference } from "@/lib/references/assign";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { respondByToken } from "@/lib/references/respond";
import { type IssuedToken, newToken } from "@/lib/references/tokens";
import { viewWithdrawal, withdrawByToken } from "@/lib/references/withdraw";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, eventsOf, T0 } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";
import { startSmtpSink } from "../support/smtp-sink";

// R20: consent on record, a receipt, and a way to withdraw.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const later = (days: number) => new Date(T0.getTime() + days * DAY);

/** Approves as the customer and keeps the withdraw link's raw token (the product only emails it). */
async function approved(over: Record<string, unknown> = {}) {
  const created = await createThroughDomain(world, T0, over);
  let withdraw: IssuedToken | undefined;
  const result = await respondByToken({
    token: created.token,
    decision: "approve",
    now: later(1),
    issueWithdrawToken: () => {
      withdraw = newToken();
      return withdraw;
    },
  });
  expect(result.ok).toBe(true);
  return { ...created, withdrawToken: withdraw!.token };
}

async function cloudCount() {
  const rows = await competencyProgress({ actor: world.actors.global, now: later(3) });
  return rows.find((r) => r.name === "Cloud Platform")!.count;
}

describe("R20: consent and withdrawal", () => {
  it("R20: the decision record keeps the text version, language, time and keyed hashes — never the raw address or user agent", async () => {
    const created = await createThroughDomain(world, T0);
    const evidence = {
      locale: "de" as const,
      clientAddress: "203.0.113.77",
      userAgent: "Mozilla/5.0 RecordCheck/4.2",
    };
    const result = await respondByToken({
      token: created.token,
      decision: "reject",
      now: later(2),
      evidence,
    });
    expect(result.ok).toBe(true);
    const record = await (await getDb()).decisionRecord.findUniqueOrThrow({
      where: { referenceId: created.id },
    });
    expect(record).toMatchObject({
      decision: "reject",
      textVersion: consentVersion("de"),
      language: "de",
      decidedAt: later(2),
    });
    expect(record.textVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(record.textVersion).not.toBe(consentVersion("en"));
    expect(record.addressHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.userAgentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await findInAnyColumn("203.0.113.77")).toEqual([]);
    expect(await findInAnyColumn("RecordCheck/4.2")).toEqual([]);
  });

  it("R20: the receipt reaches a real SMTP listener in the customer's language; an approval's carries a working withdraw link, a rejection's none", async () => {
    const sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    try {
      const yes = await createThroughDomain(world, T0, { contactEmail: "receipt.yes@fourthcoffee.example" });
      await respondByToken({
        token: yes.token,
        decision: "approve",
        now: later(1),
        evidence: { locale: "fr", clientAddress: "198.51.100.1", userAgent: "UA" },
      });
      const no = await createThroughDomain(world, T0, { contactEmail: "receipt.no@fourthcoffee.example" });
      await respondByToken({ token: no.token, decision: "reject", now: later(1) });
      await settleBackgroundDeliveries();
      const to = (address: string) =>
        sink.messages.find(
          (m) => !Array.isArray(m.to) && m.to?.text === address && !m.subject?.includes("confirm"),
        );
      await expect
        .poll(() => Boolean(to("receipt.yes@fourthcoffee.example") && to("receipt.no@fourthcoffee.example")))
        .toBe(true);

      const receipt = to("receipt.yes@fourthcoffee.example")!;
      expect(receipt.subject).toBe("Vous avez approuvé une référence pour Contoso");
      const link = /\/withdraw\/([A-Za-z0-9_-]{43})/.exec(receipt.text ?? "")?.[1];
      expect(link).toBeDefined();
      expect(await viewWithdrawal(link!)).toMatchObject({
        ok: true,
        data: { canWithdraw: true, partnerName: "Contoso" },
      });
      expect(receipt.text).toContain("/privacy?lang=fr");

      const rejection = to("receipt.no@fourthcoffee.example")!;
      expect(rejection.subject).toBe("You rejected a reference request from Contoso");
      expect(rejection.text).not.toContain("/withdraw/");
      // Delivered, the approval receipt's body is emptied like every email with a secret link (R13).
      expect(await findInAnyColumn(link!)).toEqual([]);
    } finally {
      await sink.close();
      delete process.env.SMTP_URL;
      resetEnvCache();
    }
  });

  it("R20: a customer whose request was auto-approved is told in their language over SMTP, once, with a working withdraw link", async () => {
    const sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    try {
      const address = "auto.notice@alpenbau.example";
      const created = await createThroughDomain(world, T0, { contactEmail: address, contactLanguage: "de" });
      const approvedAt = later(43);
      await autoApproveDue({ now: approvedAt });
      await sendAutoApprovalDigests({ now: approvedAt });
      await sendAutoApprovalDigests({ now: approvedAt }); // nothing new: each customer hears once
      await settleBackgroundDeliveries();
      const toCustomer = () => sink.messages.filter((m) => !Array.isArray(m.to) && m.to?.text === address);
      await expect.poll(() => toCustomer().length).toBe(2); // the request, then the notice
      const notice = toCustomer().find((m) => m.subject !== toCustomer()[0]!.subject)!;
      expect(notice.subject).toBe("Eine Referenz für Contoso wurde automatisch bestätigt");
      const token = /\/withdraw\/([A-Za-z0-9_-]{43})/.exec(notice.text ?? "")?.[1];
      expect(await viewWithdrawal(token!)).toMatchObject({ ok: true, data: { canWithdraw: true } });
      expect(await withdrawByToken({ token: token!, now: later(44) })).toMatchObject({ ok: true });
      const row = await (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id: created.id } });
      expect(row.status).toBe("CUSTOMER_WITHDREW");
    } finally {
      await sink.close();
      delete process.env.SMTP_URL;
      resetEnvCache();
    }
  });

  it("R20: withdrawing ends the assignment and the count drops at once; creator and administrators are told once; two POSTs make one transition", async () => {
    const ref = await approved();
    const cloud = world.competency("Cloud Platform");
    const assigned = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: cloud.id,
      now: later(2),
    });
    expect(assigned.ok).toBe(true);
    const before = await cloudCount();

    const db = await getDb();
    const noticesBefore = await db.outboxEmail.count({
      where: { referenceId: ref.id, template: "decision-notice" },
    });
    const results = await Promise.all([
      withdrawByToken({ token: ref.withdrawToken, now: later(3) }),
      withdrawByToken({ token: ref.withdrawToken, now: later(3) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      code: "ALREADY_FINAL",
      message: "This request is already Customer Withdrew.",
    });

    const row = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
    expect(row).toMatchObject({ status: "CUSTOMER_WITHDREW", competencyId: null, assignedAt: null });
    expect(await cloudCount()).toBe(before - 1);
    const withdrawn = (await eventsOf(ref.id)).filter((e) => e.type === "CUSTOMER_WITHDREW");
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]!.before).toMatchObject({ status: "CUSTOMER_APPROVED", competency: "Cloud Platform" });
    const notices = await db.outboxEmail.findMany({
      where: { referenceId: ref.id, template: "decision-notice" },
    });
    const withdrawalNotices = notices.filter((n) => n.subject.includes("withdrew"));
    expect(withdrawalNotices.length).toBe(notices.length - noticesBefore);
    expect(new Set(withdrawalNotices.map((n) => n.to)).size).toBe(withdrawalNotices.length);
    expect(withdrawalNotices.map((n) => n.to)).toContain("admin@contoso.example");

    // Opening the link again shows the final state; assigning it again is refused.
    expect(await viewWithdrawal(ref.withdrawToken)).toMatchObject({
      ok: true,
      data: { canWithdraw: false, status: "CUSTOMER_WITHDREW", statusLabel: "Customer Withdrew" },
    });
    const again = await assignReference({
      actor: world.actors.global,
      referenceId: ref.id,
      competencyId: cloud.id,
      now: later(4),
    });
    expect(again.ok).toBe(false);
  });

  it("R20: withdraw ∥ assign ∥ reassign, 10 times: the withdrawal wins or loses cleanly and nothing withdrawn counts", async () => {
    const cloud = world.competency("Cloud Platform");
    const data = world.competency("Data Platform");
    for (let round = 0; round < 10; round++) {
      const ref = await approved();
      if (round % 2 === 1)
        await assignReference({
          actor: world.actors.global,
          referenceId: ref.id,
          competencyId: data.id,
          now: later(2),
        });
      const [withdrawal] = await Promise.all([
        withdrawByToken({ token: ref.withdrawToken, now: later(3) }),
        assignReference({
          actor: world.actors.global,
          referenceId: ref.id,
          competencyId: cloud.id,
          now: later(3),
        }),
      ]);
      const row = await (await getDb()).referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
      if (withdrawal.ok) expect(row).toMatchObject({ status: "CUSTOMER_WITHDREW", competencyId: null });
      else expect(row.status).not.toBe("CUSTOMER_WITHDREW");
    }
    const db = await getDb();
    expect(
      await db.referenceRequest.count({
        where: { status: "CUSTOMER_WITHDREW", competencyId: { not: null } },
      }),
    ).toBe(0);
    const counted = await db.referenceCount.aggregate({
      _sum: { count: true },
      where: { status: "CUSTOMER_WITHDREW", competencyId: { not: "" } },
    });
    expect(counted._sum.count ?? 0).toBe(0);
  });

  it("R20/R21: an unknown link, and a link whose reference was erased, show “link not valid”", async () => {
    expect(await viewWithdrawal("A".repeat(43))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await withdrawByToken({ token: "not-a-token", now: later(3) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    const ref = await approved();
    const db = await getDb();
    const row = await db.referenceRequest.findUniqueOrThrow({ where: { id: ref.id } });
    await db.$transaction((tx) => eraseReferenceContact(tx, row, later(5)));
    expect(await viewWithdrawal(ref.withdrawToken)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
