import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { deliverDueEmails } from "@/lib/email/outbox";
import { resetEnvCache } from "@/lib/env";
import { seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { smtpPerTest } from "../support/smtp-per-test";
import { closedPort, type SmtpSink } from "../support/smtp-sink";

let world: World;
let sink: SmtpSink | undefined;
const smtp = smtpPerTest();
beforeAll(async () => {
  world = await seedWorld();
});

const MIN = 60_000;
const EVERY = 15 * MIN; // the scheduler's interval (vercel.json)

describe("R15: an outage delays mail, never ends it", () => {
  it("R15: 24 hours of scheduled runs against an unreachable server mark nothing FAILED; then each email is delivered exactly once", async () => {
    const port = await closedPort();
    const down = `smtp://127.0.0.1:${port}`;
    smtp.use(down); // the at-once attempts fail too
    resetEnvCache();
    const count = 5;
    for (let i = 0; i < count; i++)
      await createThroughDomain(world, new Date(T0.getTime() + i * MIN), {
        contactEmail: `o${i}@customer.example`,
      });
    await settleBackgroundDeliveries();
    const db = await getDb();

    let clock = T0.getTime();
    for (let run = 0; run < (24 * 60 * MIN) / EVERY; run++) {
      clock += EVERY;
      const report = await deliverDueEmails({ now: new Date(clock), smtpUrl: down });
      expect(report).toMatchObject({ sent: 0, failed: 0 });
    }
    const during = await db.outboxEmail.findMany();
    expect(during).toHaveLength(count);
    expect(during.every((r) => r.status === "PENDING" && r.rejections === 0)).toBe(true);
    // Many tries were spent, and the back-off never exceeds an hour.
    expect(Math.max(...during.map((r) => r.attempts))).toBeGreaterThan(10);
    expect(during.every((r) => r.nextAttemptAt.getTime() - clock <= 60 * MIN)).toBe(true);

    // The server comes back on the same address; the scheduled runs go on.
    sink = await smtp.start(port);
    for (let run = 0; run < 5; run++) {
      clock += EVERY;
      await deliverDueEmails({ now: new Date(clock), smtpUrl: sink.url });
    }
    expect(sink.messages).toHaveLength(count);
    const ids = sink.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(count);
    const recipients = sink.messages.map((m) => (Array.isArray(m.to) ? "" : m.to?.text)).sort();
    expect(recipients).toEqual([0, 1, 2, 3, 4].map((i) => `o${i}@customer.example`));
    expect((await db.outboxEmail.findMany()).every((r) => r.status === "SENT")).toBe(true);
  }, 120_000); // hundreds of real SMTP deliveries or a simulated day: slow on a busy machine
});
