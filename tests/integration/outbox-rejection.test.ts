import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { listFailedEmails, requeueAllFailedEmails, requeueFailedEmail } from "@/lib/email/failed";
import { deliverDueEmails } from "@/lib/email/outbox";
import { undeliveredRequestEmail } from "@/lib/email/reference-notice";
import { MAX_REJECTIONS } from "@/lib/email/retry";
import { seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { smtpPerTest } from "../support/smtp-per-test";
import type { SmtpSink } from "../support/smtp-sink";

let world: World;
let sink: SmtpSink | undefined;
const smtp = smtpPerTest();
beforeAll(async () => {
  world = await seedWorld();
});

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
  return { referenceId: bounced.id, port: sink.port, clock };
}

describe("R15: a permanent rejection ends in FAILED, agents requeue it", () => {
  it("R15: a listener answering 550 for one recipient: that email becomes FAILED after its attempts, the others are delivered, an agent requeues it and it goes out", async () => {
    const { referenceId, port, clock } = await rejectedUntilFailed();
    const db = await getDb();
    const bounced = await db.outboxEmail.findFirstOrThrow({ where: { to: BOUNCE } });
    expect(bounced).toMatchObject({
      status: "FAILED",
      rejections: MAX_REJECTIONS,
      attempts: MAX_REJECTIONS,
      referenceId,
    });
    expect(bounced.lastError).toMatch(/^550 EENVELOPE/);
    expect(bounced.html).toContain("/respond/"); // undelivered: the body stays for a requeue
    expect(sink!.messages.map((m) => (Array.isArray(m.to) ? "" : m.to?.text)).sort()).toEqual([
      "good1@customer.example",
      "good2@customer.example",
    ]);

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
});
