import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { deliverDueEmails, queueEmail } from "@/lib/email/outbox";
import { runScheduledJobs } from "@/lib/jobs/scheduled";
import { resendReference } from "@/lib/references/resend";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { findInAnyColumn } from "../support/scan-columns";
import { askForSignInLink } from "../support/sign-in";
import { smtpPerTest } from "../support/smtp-per-test";
import { closedPort, type SmtpSink } from "../support/smtp-sink";
import { rememberTokens } from "../support/tokens";

let world: World;
let sink: SmtpSink | undefined;
const smtp = smtpPerTest();
beforeAll(async () => {
  world = await seedWorld();
});

describe("R13/R15: no secret a delivered email carried stays in the database", () => {
  it("R13: after delivery no text or JSON column of any table holds the customer's token or the sign-in token", async () => {
    // First an outage: undelivered mail keeps its body, so the scan must find the tokens.
    smtp.use(`smtp://127.0.0.1:${await closedPort()}`);
    const created = await createThroughDomain(world, T0, { contactEmail: "secret@customer.example" });
    const reminder = rememberTokens();
    const resent = await resendReference({
      actor: world.actors.global,
      referenceId: created.id,
      now: new Date(T0.getTime() + 7 * DAY),
      issueToken: reminder.issueToken,
    });
    if (!resent.ok) throw new Error(resent.message);
    const resentToken = reminder.last();
    const signInToken = "f3c1d0a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1";
    await askForSignInLink(world.actors.munich.email, signInToken, new Date(T0.getTime() + 8 * DAY));
    await settleBackgroundDeliveries();
    for (const secret of [created.token, resentToken, signInToken]) {
      expect(await findInAnyColumn(secret)).toEqual([
        { table: "OutboxEmail", column: "html", rows: 1 },
        { table: "OutboxEmail", column: "text", rows: 1 },
      ]);
    }

    // The server comes back: once delivered, the tokens are nowhere.
    sink = await smtp.start();
    const report = await deliverDueEmails({ now: new Date(T0.getTime() + 30 * DAY), smtpUrl: sink.url });
    expect(report.sent).toBe(3);
    expect(sink.messages.map((m) => m.text).join("\n")).toContain(created.token);
    for (const secret of [created.token, resentToken, signInToken])
      expect(await findInAnyColumn(secret)).toEqual([]);
    // What the record keeps: who, what, which template, when, under which Message-ID.
    const rows = await (await getDb()).outboxEmail.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.template, r.to, r.html, r.text, r.status])).toEqual([
      ["reference-request", "secret@customer.example", "", "", "SENT"],
      ["reference-reminder", "secret@customer.example", "", "", "SENT"],
      ["sign-in", world.actors.munich.email, "", "", "SENT"],
    ]);
    expect(rows.every((r) => r.messageId?.startsWith(`<${r.id}@`) && r.sentAt && r.subject)).toBe(true);
  });

  it("R15: an email declared free of secrets keeps its body after delivery", async () => {
    sink = await smtp.start();
    smtp.use(sink.url);
    const db = await getDb();
    const email = { to: "n@b.example", subject: "Notice", html: "<p>no link</p>", text: "no link" };
    await db.$transaction((tx) =>
      queueEmail(tx, { ...email, now: new Date(), partnerId: null, carriesSecret: false }),
    );
    await sink.waitFor(1);
    await settleBackgroundDeliveries();
    expect(await db.outboxEmail.findFirstOrThrow({ where: { to: "n@b.example" } })).toMatchObject({
      status: "SENT",
      html: "<p>no link</p>",
      text: "no link",
    });
  });

  it("R13: the scheduled run purges delivered mail older than 30 days and expired sign-in tokens", async () => {
    const db = await getDb();
    await db.outboxEmail.deleteMany();
    const now = new Date(T0.getTime() + 100 * DAY);
    const row = (to: string, status: "SENT" | "PENDING" | "FAILED", ageDays: number) => {
      const at = new Date(now.getTime() - ageDays * DAY);
      return {
        to,
        subject: "s",
        html: "",
        text: "",
        status,
        createdAt: at,
        sentAt: status === "SENT" ? at : null,
      };
    };
    await db.outboxEmail.createMany({
      data: [
        row("old-sent@x.example", "SENT", 31),
        row("young-sent@x.example", "SENT", 29),
        row("old-pending@x.example", "PENDING", 31),
        row("old-failed@x.example", "FAILED", 31),
      ],
    });
    await db.verificationToken.deleteMany();
    await db.verificationToken.createMany({
      data: [
        { identifier: "a@x.example", token: "expired-hash", expires: new Date(now.getTime() - 1) },
        { identifier: "b@x.example", token: "live-hash", expires: new Date(now.getTime() + DAY) },
      ],
    });
    const report = await runScheduledJobs({ now });
    expect(report.purged).toEqual({
      deliveredEmails: 1,
      expiredSignInTokens: 1,
      expiredInvitations: 0,
      expiredLimits: 0,
    });
    // (The run may also queue auto-approval digests for this file's earlier requests; not ours here.)
    const left = await db.outboxEmail.findMany({
      where: { to: { endsWith: "@x.example" } },
      orderBy: { to: "asc" },
    });
    expect(left.map((r) => r.to)).toEqual([
      "old-failed@x.example",
      "old-pending@x.example",
      "young-sent@x.example",
    ]);
    expect((await db.verificationToken.findMany()).map((t) => t.token)).toEqual(["live-hash"]);
    // The oldest undelivered email is reported for monitoring.
    expect(report.emails.oldestUndeliveredAgeSeconds).toBe(31 * 24 * 60 * 60);
    expect(report.emails.failedTotal).toBe(1);
  });
});
