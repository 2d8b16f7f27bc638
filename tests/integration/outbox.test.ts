import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { deliverDueEmails, listRecentEmails, queueEmail } from "@/lib/email/outbox";
import { env, resetEnvCache } from "@/lib/env";
import { seedWorld, type World } from "../support/factories";
import { clearReferences, createThroughDomain, T0 } from "../support/lifecycle";
import { smtpPerTest } from "../support/smtp-per-test";
import { closedPort, type SmtpSink } from "../support/smtp-sink";

let world: World;
let sink: SmtpSink | undefined;
const smtp = smtpPerTest();
const MIN = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

beforeAll(async () => {
  world = await seedWorld();
});
beforeEach(async () => {
  // R18 allows one open request per contact: each test starts without the previous test's requests.
  await clearReferences();
});

async function outbox() {
  return (await getDb()).outboxEmail.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** Queues a request's email while no SMTP server is configured, so only the test's own run sends it. */
async function queuedWithoutSmtp(count = 1) {
  delete process.env.SMTP_URL;
  resetEnvCache();
  for (let i = 0; i < count; i++)
    await createThroughDomain(world, T0, { contactEmail: `c${i}@customer.example` });
}

describe("R15: the outbox is part of the change", () => {
  it("R15: an email exists only when its transaction commits", async () => {
    const db = await getDb();
    const email = { to: "a@b.example", subject: "s", html: "<p>h</p>", text: "h", now: T0, partnerId: null };
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, email);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await outbox()).toEqual([]);
    await db.$transaction((tx) => queueEmail(tx, email));
    // Callers that give no details get the safe defaults: a generic template, body treated as secret.
    expect(await outbox()).toMatchObject([
      {
        to: "a@b.example",
        status: "PENDING",
        attempts: 0,
        nextAttemptAt: T0,
        template: "message",
        carriesSecret: true,
        referenceId: null,
        userId: null,
      },
    ]);
  });

  it("R15: a rolled-back email is never delivered, even with SMTP configured", async () => {
    sink = await smtp.start();
    smtp.use(sink.url);
    resetEnvCache();
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, {
          to: "gone@b.example",
          subject: "s",
          html: "h",
          text: "h",
          now: T0,
          partnerId: null,
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await settleBackgroundDeliveries();
    expect(sink.messages).toEqual([]);
  });
});

describe("R15: delivery over SMTP", () => {
  it("R15: a queued request is delivered over real SMTP from the configured sender, as HTML and text, with a stable Message-ID", async () => {
    await queuedWithoutSmtp();
    sink = await smtp.start();
    const [queued] = await outbox();
    const report = await deliverDueEmails({ now: at(MIN), smtpUrl: sink.url });
    expect(report).toEqual({ sent: 1, failed: 0, retried: 0, waiting: 0, smtpConfigured: true });
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.from?.value).toEqual([{ name: "Partner Reference Center", address: env().senderAddress }]);
    expect(mail.subject).toBe("Contoso asks you to confirm a customer reference");
    expect(mail.html).toContain("http://localhost:3000/respond/");
    expect(mail.text).toContain("http://localhost:3000/respond/");
    expect(mail.messageId).toBe(`<${queued!.id}@partner-center.example>`);
    expect(await outbox()).toMatchObject([
      {
        status: "SENT",
        sentAt: at(MIN),
        attempts: 1,
        lastError: null,
        messageId: mail.messageId,
        template: "reference-request",
        subject: "Contoso asks you to confirm a customer reference",
      },
    ]);
  });

  it("R15: during an SMTP outage mail waits with back-off, keeps its attempts, and is later delivered once", async () => {
    await queuedWithoutSmtp();
    const port = await closedPort();
    const down = `smtp://127.0.0.1:${port}`;

    expect(await deliverDueEmails({ now: T0, smtpUrl: down })).toMatchObject({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, rejections: 0, nextAttemptAt: at(1 * MIN) });
    expect(row!.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    // Not due yet: no attempt is made before the back-off has passed.
    expect(await deliverDueEmails({ now: at(MIN - 1), smtpUrl: down })).toMatchObject({
      sent: 0,
      retried: 0,
    });
    expect(await deliverDueEmails({ now: at(MIN), smtpUrl: down })).toMatchObject({ retried: 1 });
    [row] = await outbox();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2, rejections: 0, nextAttemptAt: at(3 * MIN) });

    sink = await smtp.start(port);
    expect(await deliverDueEmails({ now: at(3 * MIN), smtpUrl: sink.url })).toMatchObject({ sent: 1 });
    expect(await deliverDueEmails({ now: at(60 * MIN), smtpUrl: sink.url })).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(1);
    expect(await outbox()).toMatchObject([{ status: "SENT", attempts: 3, sentAt: at(3 * MIN) }]);
  });

  it("R15: when the server is down, one attempt is made and the rest of the batch waits untried", async () => {
    await queuedWithoutSmtp(3);
    const port = await closedPort();
    const report = await deliverDueEmails({ now: T0, smtpUrl: `smtp://127.0.0.1:${port}` });
    expect(report).toMatchObject({ sent: 0, retried: 1 });
    const rows = await outbox();
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);
    expect(rows.every((r) => r.status === "PENDING" && r.nextAttemptAt.getTime() === at(MIN).getTime())).toBe(
      true,
    );
    sink = await smtp.start(port);
    expect(await deliverDueEmails({ now: at(MIN), smtpUrl: sink.url })).toMatchObject({ sent: 3 });
    expect(sink.messages).toHaveLength(3);
  });

  it("R15: however many attempts an outage has cost, it never marks an email FAILED", async () => {
    await queuedWithoutSmtp();
    const port = await closedPort();
    const db = await getDb();
    await db.outboxEmail.updateMany({ data: { attempts: 500 } });
    const report = await deliverDueEmails({ now: T0, smtpUrl: `smtp://127.0.0.1:${port}` });
    expect(report).toMatchObject({ failed: 0, retried: 1 });
    // The back-off stays capped at one hour.
    expect(await outbox()).toMatchObject([
      { status: "PENDING", attempts: 501, rejections: 0, nextAttemptAt: at(60 * MIN) },
    ]);
  });

  it("R15: two overlapping deliveries send each email exactly once", async () => {
    await queuedWithoutSmtp(6);
    sink = await smtp.start();
    const runs = await Promise.all([
      deliverDueEmails({ now: at(MIN), smtpUrl: sink.url, batchSize: 2 }),
      deliverDueEmails({ now: at(MIN), smtpUrl: sink.url, batchSize: 2 }),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(6);
    const recipients = sink.messages.map((m) => m.to && !Array.isArray(m.to) && m.to.text).sort();
    expect(recipients).toEqual([0, 1, 2, 3, 4, 5].map((i) => `c${i}@customer.example`));
    expect((await outbox()).every((r) => r.status === "SENT" && r.attempts === 1)).toBe(true);
  });

  it("R15: a run stops claiming when its time budget is spent and leaves the rest due", async () => {
    await queuedWithoutSmtp(3);
    sink = await smtp.start();
    const report = await deliverDueEmails({ now: at(MIN), smtpUrl: sink.url, budgetMs: 0 });
    expect(report.sent).toBe(0);
    const rows = await outbox();
    expect(rows.every((r) => r.status === "PENDING" && r.attempts === 0)).toBe(true);
    expect(await deliverDueEmails({ now: at(MIN), smtpUrl: sink.url })).toMatchObject({ sent: 3 });
  });

  it("R15: without SMTP_URL mail stays PENDING, is reported as waiting, and shows in the dev mailbox", async () => {
    await queuedWithoutSmtp();
    expect(await deliverDueEmails({ now: at(MIN) })).toEqual({
      sent: 0,
      failed: 0,
      retried: 0,
      waiting: 1,
      smtpConfigured: false,
    });
    const recent = await listRecentEmails({ limit: 5 });
    expect(recent).toMatchObject([{ status: "PENDING", attempts: 0, to: "c0@customer.example" }]);
    expect(recent[0]!.html).toContain("/respond/");
    // The mailbox's ?to= filter is part of the query.
    expect(await listRecentEmails({ limit: 5, to: "c0@customer.example" })).toHaveLength(1);
    expect(await listRecentEmails({ limit: 5, to: "someone.else@northwind.example" })).toEqual([]);
  });
});
