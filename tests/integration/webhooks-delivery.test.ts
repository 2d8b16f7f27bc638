import { Webhook } from "standardwebhooks";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eraseReferenceContact } from "@/lib/customers/erase";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { runScheduledJobs } from "@/lib/jobs/scheduled";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { cancelReference } from "@/lib/references/cancel";
import { recordEvent } from "@/lib/references/events";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Issue 19: reference events reach a real HTTP receiver on 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE=1),
// signed per Standard Webhooks, written in the change's transaction and delivered after commit,
// retried through an outage without loss or duplicates.

const MIN = 60_000;
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

let world: World;
let receiver: WebhookReceiver;
let secret: string;
let endpointId: string;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  resetEnvCache();
  world = await seedWorld();
  receiver = await startWebhookReceiver();
});
beforeEach(async () => {
  const db = await getDb();
  await db.webhookEndpoint.deleteMany({});
  const created = await createWebhookEndpoint({
    actor: world.actors.global,
    input: { url: receiver.url, events: [...WEBHOOK_EVENT_TYPES], enabled: true },
    now: T0,
  });
  if (!created.ok) throw new Error(created.message);
  ({ id: endpointId, secret } = created.data);
  receiver.answer(204);
  receiver.received.length = 0;
});
afterEach(() => settleBackgroundDeliveries());
afterAll(async () => {
  await receiver.close();
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  resetEnvCache();
});

const verified = (r: WebhookReceiver["received"][number]) =>
  new Webhook(secret).verify(r.body, r.headers as Record<string, string>) as {
    id: string;
    type: string;
    sequence: number;
    data: { id: string; status: string };
  };

describe("issue 19: signed webhooks", () => {
  it("a created reference reaches the receiver right after commit, signed per Standard Webhooks", async () => {
    const { id } = await createThroughDomain(world, T0);
    const committed = performance.now();
    await settleBackgroundDeliveries();
    // The measurement for the closing note: commit to receiver, no scheduled run.
    console.info(
      `[webhooks] commit to receiver: ${(receiver.received[0]!.receivedAt - committed).toFixed(0)} ms`,
    );
    expect(receiver.received).toHaveLength(1);
    const event = verified(receiver.received[0]!);
    expect(event).toMatchObject({ type: "reference.created", sequence: 1, occurredAt: T0.toISOString() });
    expect(event.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(receiver.received[0]!.headers["webhook-id"]).toBe(event.id);
    // The reference exactly as the API's list shows it.
    expect(event.data).toMatchObject({ id, status: "AWAITING_APPROVAL", statusLabel: "Awaiting Approval" });
    expect(Object.keys(event.data).sort()).toEqual(
      [
        "id",
        "status",
        "statusLabel",
        "customerCompany",
        "contact",
        "projectTitle",
        "projectType",
        "location",
        "competency",
        "firstSentAt",
        "lastSentAt",
        "sendCount",
        "createdAt",
        "emailDelivered",
      ].sort(),
    );
    // A tampered body or another secret does not verify.
    const r = receiver.received[0]!;
    expect(() => new Webhook(secret).verify(`${r.body} `, r.headers as Record<string, string>)).toThrow();
    const db = await getDb();
    const message = await db.webhookMessage.findFirstOrThrow({ where: { referenceId: id } });
    expect(message).toMatchObject({ status: "DELIVERED", attempts: 1, body: "", deliveredAt: T0 });
  });

  it("the signing secret is stored encrypted, never as itself", async () => {
    const db = await getDb();
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(row.secretCipher).not.toContain(secret.slice(6, 20));
    expect(row.secretCipher).toMatch(/^v1\./);
  });

  it("a change rolled back writes no message and sends nothing", async () => {
    const { id } = await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    receiver.received.length = 0;
    const db = await getDb();
    await expect(
      db.$transaction(async (tx) => {
        await recordEvent(tx, { referenceId: id, type: "CANCELED", actor: world.actors.agent, at: at(1) });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    await settleBackgroundDeliveries();
    expect(await db.webhookMessage.count({ where: { referenceId: id } })).toBe(1);
    expect((await db.referenceRequest.findUniqueOrThrow({ where: { id } })).webhookSequence).toBe(1);
    expect(receiver.received).toEqual([]);
  });

  it("a receiver down for 10 minutes loses nothing: each event arrives once, in sequence order", async () => {
    receiver.answer(503, "down for maintenance");
    const { id } = await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    const canceled = await cancelReference({
      actor: world.actors.agent,
      referenceId: id,
      programAdministrator: "Pat Program",
      now: at(3),
    });
    expect(canceled.ok).toBe(true);
    await settleBackgroundDeliveries();
    // The scheduled run at every minute of the outage, then once the receiver is back.
    for (const minute of [1, 2, 4, 6, 9]) await deliverDueWebhooks({ now: at(minute) });
    const triedDuringOutage = receiver.received.length;
    receiver.answer(200, "ok");
    for (const minute of [10, 20, 36, 40]) await deliverDueWebhooks({ now: at(minute) });
    const delivered = receiver.received.slice(triedDuringOutage);
    const events = delivered.map(verified);
    expect(events.map((e) => [e.type, e.sequence])).toEqual([
      ["reference.created", 1],
      ["reference.canceled", 2],
    ]);
    expect(events[1]!.data.status).toBe("CANCELED");
    // Every try of one event carried the same webhook-id; each id was answered 2xx exactly once.
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(2);
    expect(new Set(delivered.map((r) => r.headers["webhook-id"])).size).toBe(2);
    // Tries of the creation at 0, 1, 6 min (down), 36 min (up); the cancellation waited its turn.
    expect(triedDuringOutage).toBe(3);
    const db = await getDb();
    const messages = await db.webhookMessage.findMany({
      where: { referenceId: id },
      orderBy: { sequence: "asc" },
    });
    expect(messages.map((m) => [m.status, m.attempts])).toEqual([
      ["DELIVERED", 4],
      ["DELIVERED", 1],
    ]);
    const log = await db.webhookAttempt.findMany({ where: { endpointId }, orderBy: { attemptedAt: "asc" } });
    expect(log.map((a) => a.status)).toEqual([503, 503, 503, 200, 200]);
    expect(log[0]!.response).toBe("down for maintenance");
  });

  it("two scheduled runs at once deliver each message once (FOR UPDATE SKIP LOCKED)", async () => {
    receiver.answer(503);
    for (let i = 0; i < 12; i++) await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    receiver.received.length = 0;
    receiver.answer(204);
    const [a, b] = await Promise.all([
      runScheduledJobs({ now: at(2) }).then((r) => r.webhooks),
      deliverDueWebhooks({ now: at(2) }),
    ]);
    expect(a.delivered + b.delivered).toBe(12);
    const ids = receiver.received.map((r) => r.headers["webhook-id"]);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    for (const r of receiver.received) verified(r);
  });

  it("R21: erasing the contact reaches a message still waiting; settled messages keep no body", async () => {
    receiver.answer(503);
    const { id } = await createThroughDomain(world, T0, { contactEmail: "erase.me@northwind.example" });
    await settleBackgroundDeliveries();
    const db = await getDb();
    const reference = await db.referenceRequest.findUniqueOrThrow({ where: { id } });
    await db.$transaction((tx) => eraseReferenceContact(tx, reference, at(1)));
    receiver.answer(204);
    await deliverDueWebhooks({ now: at(2) });
    const delivered = receiver.received.at(-1)!;
    expect(verified(delivered).data.id).toBe(id);
    expect(delivered.body).not.toContain("erase.me@northwind.example");
    expect(delivered.body).not.toContain(reference.contactName);
    const message = await db.webhookMessage.findFirstOrThrow({ where: { referenceId: id } });
    expect(message).toMatchObject({ status: "DELIVERED", body: "" });
  });

  it("R4: the scheduled run's set-based auto-approvals are sent too, in their transaction", async () => {
    const old = new Date(T0.getTime() - 43 * DAY);
    const due = [
      await insertReference(world, { firstSentAt: old }),
      await insertReference(world, { firstSentAt: old }),
    ];
    const report = await runScheduledJobs({ now: T0 });
    expect(report.autoApproved).toBeGreaterThanOrEqual(2);
    expect(report.webhooks.delivered).toBe(report.autoApproved);
    const events = receiver.received.map(verified).filter((e) => due.some((r) => r.id === e.data.id));
    expect(events.map((e) => [e.type, e.data.status, e.sequence])).toEqual([
      ["reference.auto_approved", "MICROSOFT_AUTO_APPROVED", 1],
      ["reference.auto_approved", "MICROSOFT_AUTO_APPROVED", 1],
    ]);
    expect(await autoApproveDue({ now: T0 })).toEqual({ approved: 0 });
  });

  it("R4 at use: a request found overdue by an agent's cancel is sent as auto-approved, at once", async () => {
    const due = await insertReference(world, { firstSentAt: new Date(T0.getTime() - 43 * DAY) });
    const canceled = await cancelReference({
      actor: world.actors.agent,
      referenceId: due.id,
      programAdministrator: "Pat Program",
      now: T0,
    });
    expect(canceled.ok).toBe(false);
    await settleBackgroundDeliveries();
    expect(receiver.received.map(verified).map((e) => [e.type, e.data.id])).toEqual([
      ["reference.auto_approved", due.id],
    ]);
  });

  it("one scheduled run delivers a backlog of 300 messages, each once", async () => {
    const db = await getDb();
    const body = JSON.stringify({ id: "evt_backlog", type: "webhook.test", data: {} });
    await db.webhookMessage.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        endpointId,
        eventId: `evt_backlog_${i}`,
        type: "webhook.test",
        body,
        createdAt: T0,
        nextAttemptAt: T0,
      })),
    });
    const started = performance.now();
    const report = await deliverDueWebhooks({ now: T0 });
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `[webhooks] backlog: 300 messages in ${seconds.toFixed(2)} s (${(300 / seconds).toFixed(0)}/s)`,
    );
    expect(report).toEqual({ delivered: 300, retried: 0, failed: 0, disabled: 0 });
    expect(new Set(receiver.received.map((r) => r.headers["webhook-id"])).size).toBe(300);
  });

  it("an endpoint not subscribed to an event, or disabled, gets no message", async () => {
    const db = await getDb();
    await db.webhookEndpoint.update({ where: { id: endpointId }, data: { events: ["reference.canceled"] } });
    await createThroughDomain(world, T0);
    await db.webhookEndpoint.update({
      where: { id: endpointId },
      data: { enabled: false, events: [...WEBHOOK_EVENT_TYPES] },
    });
    await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    expect(await db.webhookMessage.count({ where: { endpointId } })).toBe(0);
    expect(receiver.received).toEqual([]);
  });
});
