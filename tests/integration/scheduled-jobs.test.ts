import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/cron/route";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { runScheduledJobs } from "@/lib/jobs/scheduled";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

let world: World;
let sink: SmtpSink | undefined;
beforeAll(async () => {
  world = await seedWorld();
});
afterEach(async () => {
  await settleBackgroundDeliveries();
  await sink?.close();
  sink = undefined;
  delete process.env.SMTP_URL;
  delete process.env.CRON_SECRET;
  resetEnvCache();
});

describe("R4/R15: the scheduled job", () => {
  it("R4: the scheduled job auto-approves due requests and R15: delivers queued mail, returning counts", async () => {
    // Queued while no SMTP server is configured (so not sent at once); the scheduled run is the safety net.
    const { id } = await createThroughDomain(world);
    sink = await startSmtpSink();
    process.env.SMTP_URL = sink.url;
    resetEnvCache();
    const report = await runScheduledJobs({ now: new Date(T0.getTime() + 42 * DAY) });
    // The customer's request, then one digest each for the Global Administrator who created it and
    // Seattle's Local Administrator.
    expect(report).toEqual({
      autoApproved: 1,
      stillDue: 0,
      digests: { digests: 2, partners: 1 },
      renewalReminders: { reminders: 0, levels: 0, remaining: false },
      // The digests are also handed to SMTP right after their commit (at once), so this run sends
      // whatever that fast path has not already claimed; the listener below sees each exactly once.
      emails: {
        sent: expect.any(Number),
        failed: 0,
        retried: 0,
        waiting: 0,
        smtpConfigured: true,
        oldestUndeliveredAgeSeconds: null,
        failedTotal: 0,
      },
      webhooks: { delivered: 0, retried: 0, failed: 0, disabled: 0, purged: { attempts: 0, messages: 0 } },
      purged: { deliveredEmails: 0, expiredSignInTokens: 0, expiredInvitations: 0, expiredLimits: 0 },
      erasedContacts: { erased: 0, more: false },
    });
    const db = await getDb();
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).status).toBe(
      "MICROSOFT_AUTO_APPROVED",
    );
    expect(report.emails.sent).toBeGreaterThanOrEqual(1); // at least the customer's request
    await settleBackgroundDeliveries();
    expect(sink.messages.map((m) => m.subject).sort()).toEqual([
      "1 reference was auto-approved and needs a competency",
      "1 reference was auto-approved and needs a competency",
      // R20: the customer is told too, with a link to withdraw.
      "A reference for Contoso was approved automatically",
      "Contoso asks you to confirm a customer reference",
    ]);
  });
});

describe("R4: the cron route is guarded by CRON_SECRET", () => {
  const call = (handler: typeof GET, authorization?: string) =>
    handler(new Request("http://localhost/api/cron", { headers: authorization ? { authorization } : {} }));

  it("R4: without CRON_SECRET configured the route answers 503 and does nothing", async () => {
    const response = await call(GET, "Bearer anything");
    expect(response.status).toBe(503);
  });

  it.each([undefined, "Bearer wrong-secret-0000000", "Basic c2VjcmV0", "Bearer "])(
    "R4: a request with authorization %j is refused with 401",
    async (authorization) => {
      process.env.CRON_SECRET = "a-long-cron-secret-1234";
      resetEnvCache();
      expect((await call(GET, authorization)).status).toBe(401);
    },
  );

  it("R4: the scheduler's GET and POST with the right bearer run the jobs and return JSON counts", async () => {
    process.env.CRON_SECRET = "a-long-cron-secret-1234";
    resetEnvCache();
    for (const handler of [GET, POST]) {
      const response = await call(handler, "Bearer a-long-cron-secret-1234");
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        autoApproved: expect.any(Number),
        emails: { smtpConfigured: false },
      });
    }
  });
});
