import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deliverDueEmails, queueEmail } from "@/lib/email/outbox";
import { T0 } from "../support/lifecycle";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
});

const COUNT = 500;

describe("R15: parallel delivery runs", () => {
  it("R15: two delivery runs in parallel over 500 queued emails: 500 messages received, none twice", async () => {
    const db = await getDb();
    // Queued with no SMTP configured in the environment: only the two runs below send them.
    for (let from = 0; from < COUNT; from += 50) {
      await db.$transaction(async (tx) => {
        for (let i = from; i < from + 50; i++)
          await queueEmail(tx, {
            to: `p${i}@customer.example`,
            subject: `n${i}`,
            html: `<p>${i}</p>`,
            text: `${i}`,
            now: T0,
            partnerId: null,
          });
      });
    }
    const now = new Date(T0.getTime() + 60_000);
    const runs = await Promise.all([
      deliverDueEmails({ now, smtpUrl: sink.url, batchSize: 50 }),
      deliverDueEmails({ now, smtpUrl: sink.url, batchSize: 50 }),
    ]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(COUNT);
    // Both runs really took part (the claim is what kept them apart).
    expect(runs[0]!.sent).toBeGreaterThan(0);
    expect(runs[1]!.sent).toBeGreaterThan(0);
    expect(sink.messages).toHaveLength(COUNT);
    expect(new Set(sink.messages.map((m) => m.subject)).size).toBe(COUNT);
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(COUNT);
    expect(await db.outboxEmail.count({ where: { status: "SENT", attempts: 1 } })).toBe(COUNT);
  }, 120_000); // hundreds of real SMTP deliveries or a simulated day: slow on a busy machine
});
