import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { createReference } from "@/lib/references/create";
import { resendReference } from "@/lib/references/resend";
import { DAY, seedWorld, type World } from "../support/factories";
import { T0, validInput } from "../support/lifecycle";
import { askForSignInLink } from "../support/sign-in";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// R15 "at once": nothing in these tests calls the cron route or a delivery function; the listener
// receives the email because queuing it starts its delivery once the transaction has committed.

let world: World;
let sink: SmtpSink;

beforeAll(async () => {
  world = await seedWorld();
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvCache();
});
afterEach(async () => {
  await settleBackgroundDeliveries();
  sink.messages.length = 0;
});
afterAll(async () => {
  await sink.close();
  delete process.env.SMTP_URL;
  resetEnvCache();
});

describe("R15: email leaves at once, without the scheduled run", () => {
  it("R15: a sign-in link reaches the SMTP listener with no scheduled run", async () => {
    const started = performance.now();
    await askForSignInLink(world.actors.seattle.email, "at-once-token-1234", T0);
    await sink.waitFor(1, 10_000);
    await settleBackgroundDeliveries(); // the row is marked SENT just after the listener has the message
    const elapsedMs = performance.now() - started;
    // The measurement the issue asks for (request to listener), printed for the closing note.
    console.info(`[R15] sign-in email from request to listener: ${elapsedMs.toFixed(0)} ms`);
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe("Your sign-in link for the Partner Reference Center");
    expect(mail.text).toContain("token=at-once-token-1234");
    const row = await (await getDb()).outboxEmail.findFirstOrThrow({ where: { template: "sign-in" } });
    expect(row).toMatchObject({ status: "SENT", userId: world.actors.seattle.userId, html: "", text: "" });
    expect(mail.messageId).toBe(row.messageId);
  });

  it("R15: creating a reference sends the customer's email with no scheduled run", async () => {
    const created = await createReference({
      actor: world.actors.global,
      input: validInput(world, { contactEmail: "at.once@customer.example" }),
      now: T0,
    });
    expect(created.ok).toBe(true);
    await sink.waitFor(1, 10_000);
    await settleBackgroundDeliveries(); // the row is marked SENT just after the listener has the message
    expect(sink.messages[0]!.to).toMatchObject({ text: "at.once@customer.example" });
    expect(sink.messages[0]!.text).toContain("/respond/");
    const id = created.ok ? created.data.id : "";
    const row = await (await getDb()).outboxEmail.findFirstOrThrow({ where: { referenceId: id } });
    expect(row).toMatchObject({ status: "SENT", template: "reference-request", sentAt: T0 });
  });

  it("R15: a resend's reminder goes out with no scheduled run", async () => {
    const created = await createReference({
      actor: world.actors.global,
      input: validInput(world, { contactEmail: "reminded@customer.example" }),
      now: T0,
    });
    await sink.waitFor(1, 10_000);
    await settleBackgroundDeliveries(); // the row is marked SENT just after the listener has the message
    const id = created.ok ? created.data.id : "";
    const resent = await resendReference({
      actor: world.actors.global,
      referenceId: id,
      now: new Date(T0.getTime() + 7 * DAY),
    });
    expect(resent.ok).toBe(true);
    await sink.waitFor(2, 10_000);
    expect(sink.messages[1]!.subject).toMatch(/^Reminder: /);
  });
});
