import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInTokenHash } from "@/lib/auth/sign-in-token";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { listFailedEmails, requeueAllFailedEmails, requeueFailedEmail } from "@/lib/email/failed";
import { deliverDueEmails } from "@/lib/email/outbox";
import { undeliveredRequestEmail } from "@/lib/email/reference-notice";
import { MAX_REJECTIONS } from "@/lib/email/retry";
import { viewByToken } from "@/lib/references/respond";
import { DAY, seedWorld, type World } from "../support/factories";
import { clearReferences, createThroughDomain, T0 } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";
import { smtpPerTest } from "../support/smtp-per-test";
import type { SmtpSink } from "../support/smtp-sink";

let world: World;
let sink: SmtpSink | undefined;
const smtp = smtpPerTest();
beforeAll(async () => {
  world = await seedWorld();
});
// R18 allows one open request per contact: each test asks BOUNCE afresh.
beforeEach(clearReferences);

const MIN = 60_000;
const BOUNCE = "no.such.person@customer.example";

/** One request to an address the customer's server refuses, two to good ones; ends with the first FAILED. */
async function rejectedUntilFailed() {
  sink = await smtp.start(0, { rejectRecipients: [BOUNCE] });
  smtp.use(sink.url);
  const bounced = await createThroughDomain(world, T0, {
    contactEmail: BOUNCE,
    customerCompany: "Bounce Ltd",
  });
  await createThroughDomain(world, T0, { contactEmail: "good1@customer.example" });
  await createThroughDomain(world, T0, { contactEmail: "good2@customer.example" });
  await settleBackgroundDeliveries();
  let clock = T0.getTime();
  for (let i = 0; i < 20; i++) {
    clock += 60 * MIN;
    await deliverDueEmails({ now: new Date(clock), smtpUrl: sink.url });
  }
  return { referenceId: bounced.id, token: bounced.token, port: sink.port, clock };
}

describe("R15: a permanent rejection ends in FAILED, agents requeue it", () => {
  it("R13/R15: a listener answering 550 for one recipient: that email becomes FAILED after its attempts with its link erased, the others are delivered, an agent requeues it and it goes out with a fresh link", async () => {
    const { referenceId, token, port, clock } = await rejectedUntilFailed();
    const db = await getDb();
    const bounced = await db.outboxEmail.findFirstOrThrow({ where: { to: BOUNCE } });
    expect(bounced).toMatchObject({
      status: "FAILED",
      rejections: MAX_REJECTIONS,
      attempts: MAX_REJECTIONS,
      referenceId,
    });
    expect(bounced.lastError).toMatch(/^550 EENVELOPE/);
    // R13: failed, its body — and so the customer's live link — is not kept (it was kept, once).
    expect([bounced.html, bounced.text]).toEqual(["", ""]);
    expect(await findInAnyColumn(token)).toEqual([]);
    // The customers' mail (R17's notices to the partner's administrators go out too).
    const toCustomers = sink!.messages
      .map((m) => (Array.isArray(m.to) ? "" : (m.to?.text ?? "")))
      .filter((to) => to.endsWith("@customer.example"));
    expect(toCustomers.sort()).toEqual(["good1@customer.example", "good2@customer.example"]);

    // The agent sees it, with the reference it belongs to.
    const page = await listFailedEmails({ actor: world.actors.agent, now: new Date(clock) });
    expect(page.ok && page.data.rows).toMatchObject([
      {
        id: bounced.id,
        to: BOUNCE,
        attempts: MAX_REJECTIONS,
        template: "reference-request",
        reference: { id: referenceId, customerCompany: "Bounce Ltd", partnerName: "Contoso" },
      },
    ]);
    expect(page.ok && page.data.backlog.failedTotal).toBe(1);

    // The customer's server accepts the address again (e.g. the mailbox was created).
    await sink!.close();
    sink = await smtp.start(port);
    const requeued = await requeueFailedEmail({
      actor: world.actors.agent,
      emailId: bounced.id,
      now: new Date(clock),
    });
    expect(requeued).toEqual({ ok: true, data: { to: BOUNCE } });
    await sink.waitFor(1, 10_000);
    expect(sink.messages[0]!.messageId).toBe(`<${bounced.id}@partner-center.example>`);
    await settleBackgroundDeliveries();
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: bounced.id } })).toMatchObject({
      status: "SENT",
      html: "",
    });
    // Rendered anew with a fresh link: the new one works, the one the failed email carried does not.
    const fresh = sink.messages[0]!.text?.match(/\/respond\/([A-Za-z0-9_-]{43})/)?.[1];
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(token);
    expect(await viewByToken({ token: fresh!, now: new Date(clock) })).toMatchObject({ ok: true });
    expect(await viewByToken({ token, now: new Date(clock) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Audited in the requeue's transaction (decision 050).
    expect(
      await db.auditEvent.findMany({
        where: { kind: "EMAIL", subjectId: bounced.id },
        select: { action: true, actorUserId: true, partnerId: true },
      }),
    ).toEqual([
      { action: "email.requeued", actorUserId: world.actors.agent.userId, partnerId: world.contoso.id },
    ]);
  });

  it("R15: the partner's administrators see on the reference's page, in plain words, that its email could not be delivered", async () => {
    const { referenceId, clock } = await rejectedUntilFailed();
    const notice = await undeliveredRequestEmail({ actor: world.actors.global, referenceId });
    expect(notice).toMatchObject({ to: BOUNCE });
    expect(notice!.reason).toBe(
      "the customer’s mail server does not accept this address. Check the contact’s email address for typing errors.",
    );
    // Another partner asking about this id learns nothing.
    expect(await undeliveredRequestEmail({ actor: world.actors.fabrikam, referenceId })).toBeNull();
    // Requeued: no notice while it is on its way again.
    expect((await requeueAllFailedEmails({ actor: world.actors.agent, now: new Date(clock) })).ok).toBe(true);
    expect(await undeliveredRequestEmail({ actor: world.actors.global, referenceId })).toBeNull();
  });

  it("R15: only agents list or requeue failed mail; two agents requeueing at once requeue it once", async () => {
    const { clock } = await rejectedUntilFailed();
    const db = await getDb();
    const bounced = await db.outboxEmail.findFirstOrThrow({ where: { to: BOUNCE, status: "FAILED" } });
    const now = new Date(clock);
    for (const actor of [world.actors.global, world.actors.member]) {
      expect(await listFailedEmails({ actor, now })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await requeueFailedEmail({ actor, emailId: bounced.id, now })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
      expect(await requeueAllFailedEmails({ actor, now })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: bounced.id } })).status).toBe("FAILED");

    const both = await Promise.all([
      requeueFailedEmail({ actor: world.actors.agent, emailId: bounced.id, now }),
      requeueFailedEmail({ actor: world.actors.agent, emailId: bounced.id, now }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    expect(
      await requeueFailedEmail({ actor: world.actors.agent, emailId: "nonexistent", now }),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("R13: requeueing all renews a failed sign-in link (the old one ends) and leaves a decided request's failed email alone", async () => {
    sink = await smtp.start();
    smtp.use(sink.url);
    const db = await getDb();
    await db.outboxEmail.deleteMany();
    const now = new Date(T0.getTime() + 3 * DAY);
    const munich = world.actors.munich;
    await db.verificationToken.create({
      data: { identifier: munich.email, token: "failed-link-hash", expires: new Date(now.getTime() + DAY) },
    });
    const signIn = await db.outboxEmail.create({
      data: {
        ...failed("sign-in", munich.email),
        userId: munich.userId,
        partnerId: world.contoso.id,
        linkTokenHash: "failed-link-hash",
      },
    });
    const decided = await createThroughDomain(world, T0, { contactEmail: "decided@customer.example" });
    await settleBackgroundDeliveries();
    await db.referenceRequest.update({ where: { id: decided.id }, data: { status: "CUSTOMER_REJECTED" } });
    const request = await db.outboxEmail.findFirstOrThrow({ where: { referenceId: decided.id } });
    await db.outboxEmail.update({ where: { id: request.id }, data: failed("reference-request", request.to) });
    const notice = await db.outboxEmail.create({
      data: { ...failed("decision-notice", "admin@contoso.example"), carriesSecret: false, html: "<p>n</p>" },
    });

    const result = await requeueAllFailedEmails({ actor: world.actors.agent, now });
    expect(result).toEqual({ ok: true, data: { requeued: 2, notRequeued: 1, remaining: false } });
    await sink.waitFor(2, 10_000);
    await settleBackgroundDeliveries();
    const mailed = sink.messages.find((m) => m.subject?.includes("sign-in link"))!;
    const url = new URL(mailed.text!.match(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/)![0]);
    const tokens = await db.verificationToken.findMany({ where: { identifier: munich.email } });
    expect(tokens.map((t) => t.token)).toEqual([signInTokenHash(url.searchParams.get("token")!)]);
    expect(tokens[0]!.expires).toEqual(new Date(now.getTime() + DAY));
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: signIn.id } })).status).toBe("SENT");
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: notice.id } })).status).toBe("SENT");
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("FAILED");
    // The customer's old link ended with it; nothing about the rejected request was mailed.
    expect(await viewByToken({ token: decided.token, now })).toMatchObject({ ok: false });
    expect(
      (
        await db.auditEvent.findMany({ where: { kind: "EMAIL", createdAt: now }, orderBy: { action: "asc" } })
      ).map((a) => [a.action, a.subjectId]),
    ).toEqual([
      ["email.requeued", signIn.id],
      ["email.requeued_all", null],
    ]);
  });
});

/** A FAILED row as delivery leaves it: a secret-carrying body already erased. */
function failed(template: string, to: string) {
  return {
    to,
    template,
    subject: template,
    html: "",
    text: "",
    status: "FAILED" as const,
    attempts: MAX_REJECTIONS,
    rejections: MAX_REJECTIONS,
    lastError: "550 no such user",
  };
}
