import type { LookupAddress } from "node:dns";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { settleBackgroundDeliveries } from "@/lib/email/at-once";
import { resetEnvCache } from "@/lib/env";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { purgeWebhookData } from "@/lib/webhooks/purge";
import { sendTestEvent } from "@/lib/webhooks/test-event";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Issue 19: when an endpoint is disabled (410 Gone, three days of failures) and who is told; and
// the SSRF check, made on the address actually connected to at every delivery.

let world: World;
let receiver: WebhookReceiver;

const allowPrivate = (on: boolean) => {
  if (on) process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  else delete process.env.WEBHOOK_ALLOW_PRIVATE;
  resetEnvCache();
};

async function endpoint(url = receiver.url) {
  const created = await createWebhookEndpoint({
    actor: world.actors.global,
    input: { url, events: [...WEBHOOK_EVENT_TYPES], enabled: true },
    now: T0,
  });
  if (!created.ok) throw new Error(created.message);
  return created.data.id;
}

beforeAll(async () => {
  world = await seedWorld();
  receiver = await startWebhookReceiver();
});
beforeEach(async () => {
  allowPrivate(true);
  await (await getDb()).webhookEndpoint.deleteMany({});
  receiver.received.length = 0;
  receiver.answer(204);
});
afterEach(() => settleBackgroundDeliveries());
afterAll(async () => {
  await receiver.close();
  allowPrivate(false);
});

async function disabledNotices() {
  return (await getDb()).outboxEmail.findMany({
    where: { template: "webhook-disabled" },
    orderBy: { to: "asc" },
  });
}

describe("issue 19: an endpoint that is gone or keeps failing is disabled", () => {
  it("410 Gone disables the endpoint at once and tells the partner's Global Administrators", async () => {
    const id = await endpoint();
    receiver.answer(410, "gone");
    await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    const db = await getDb();
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining("410 Gone"),
    });
    const globalAdmins = await db.user.findMany({
      where: { roles: { some: { partnerId: world.actors.global.partnerId, role: "GLOBAL_ADMINISTRATOR" } } },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    expect(globalAdmins.length).toBeGreaterThan(0);
    const notices = await disabledNotices();
    expect(notices.map((n) => n.to)).toEqual(globalAdmins.map((u) => u.email));
    expect(notices[0]!.subject).toBe(`Webhook endpoint disabled: ${receiver.url}`);
    expect(notices[0]!.text).toContain("410 Gone");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "webhook.disabled_by_system" } });
    expect(audit).toMatchObject({ kind: "WEBHOOK", subjectId: id, actorKind: "SYSTEM" });
    // Later events are not written for it, and nothing more is sent.
    await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    expect(receiver.received).toHaveLength(1);
    await db.outboxEmail.deleteMany({ where: { template: "webhook-disabled" } });
  });

  it("failures for three days in a row disable it; fewer do not", async () => {
    const id = await endpoint();
    receiver.answer(500, "boom");
    await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    const db = await getDb();
    // Every retry of the first event fails, for a whole day and more: still enabled.
    for (let hours = 1; hours <= 48; hours++)
      await deliverDueWebhooks({ now: new Date(T0.getTime() + hours * 3_600_000) });
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).enabled).toBe(true);
    const first = await db.webhookMessage.findFirstOrThrow({ where: { endpointId: id } });
    expect(first).toMatchObject({ status: "FAILED", attempts: 8, body: "" });
    // A new event three days after the first failure fails too: that disables the endpoint.
    await createThroughDomain(world, new Date(T0.getTime() + 3 * DAY));
    await settleBackgroundDeliveries();
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      enabled: false,
      disabledReason: expect.stringContaining("three days"),
    });
    expect((await disabledNotices()).length).toBeGreaterThan(0);
    await db.outboxEmail.deleteMany({ where: { template: "webhook-disabled" } });
  });

  it("a success in between starts the three days again", async () => {
    const id = await endpoint();
    receiver.answer(500);
    await createThroughDomain(world, T0);
    await settleBackgroundDeliveries();
    receiver.answer(204);
    await deliverDueWebhooks({ now: new Date(T0.getTime() + 2 * DAY) });
    receiver.answer(500);
    await createThroughDomain(world, new Date(T0.getTime() + 3 * DAY));
    await settleBackgroundDeliveries();
    const db = await getDb();
    expect(await db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      enabled: true,
      failingSince: new Date(T0.getTime() + 3 * DAY),
    });
  });
});

describe("issue 19: no webhook reaches a private address (SSRF)", () => {
  it("a name that resolves to 127.0.0.1 is refused at delivery, without WEBHOOK_ALLOW_PRIVATE", async () => {
    allowPrivate(false);
    const id = await endpoint(`https://hooks.partner.example:${receiver.port}/hooks`);
    const inward = (
      _host: string,
      _options: { all: true },
      callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
    ) => callback(null, [{ address: "127.0.0.1", family: 4 }]);
    const sent = await sendTestEvent({
      actor: world.actors.global,
      input: { endpointId: id },
      now: T0,
      lookup: inward,
    });
    expect(sent).toEqual({ ok: true, data: { status: null } });
    expect(receiver.received).toEqual([]);
    const log = await (await getDb()).webhookAttempt.findFirstOrThrow({ where: { endpointId: id } });
    expect(log.response).toBe(
      "refused: hooks.partner.example resolves to 127.0.0.1, a private, loopback or link-local address",
    );
  });

  it("an endpoint saved while private addresses were allowed is refused once they are not (localhost)", async () => {
    const id = await endpoint(`http://localhost:${receiver.port}/hooks`);
    allowPrivate(false);
    const sent = await sendTestEvent({ actor: world.actors.global, input: { endpointId: id }, now: T0 });
    expect(sent).toEqual({ ok: true, data: { status: null } });
    expect(receiver.received).toEqual([]);
    const log = await (await getDb()).webhookAttempt.findFirstOrThrow({ where: { endpointId: id } });
    expect(log.response).toMatch(/^refused: localhost resolves to (127\.0\.0\.1|::1)/);
    // With the setting on again the same endpoint is reached: the refusal was the check, not the network.
    allowPrivate(true);
    const again = await sendTestEvent({ actor: world.actors.global, input: { endpointId: id }, now: T0 });
    expect(again).toEqual({ ok: true, data: { status: 204 } });
    expect(receiver.received).toHaveLength(1);
  });

  it("a literal private address in the URL is refused at delivery too (IPv4-mapped IPv6 included)", async () => {
    const db = await getDb();
    const id = await endpoint(`http://127.0.0.1:${receiver.port}/hooks`);
    allowPrivate(false);
    for (const url of [
      `http://127.0.0.1:${receiver.port}/hooks`,
      `http://[::ffff:127.0.0.1]:${receiver.port}/hooks`,
    ]) {
      await db.webhookEndpoint.update({ where: { id }, data: { url } });
      const sent = await sendTestEvent({ actor: world.actors.global, input: { endpointId: id }, now: T0 });
      expect(sent).toEqual({ ok: true, data: { status: null } });
    }
    expect(receiver.received).toEqual([]);
  });
});

describe("issue 19: the delivery log and settled messages are pruned", () => {
  it("keeps the last 50 attempts per endpoint and settled messages for 30 days", async () => {
    const id = await endpoint();
    const db = await getDb();
    await db.webhookAttempt.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        endpointId: id,
        messageId: `m${i}`,
        eventId: `evt_${i}`,
        type: "webhook.test",
        attemptedAt: new Date(T0.getTime() + i * 1000),
        status: 204,
        durationMs: 3,
        response: "",
      })),
    });
    const message = { endpointId: id, type: "webhook.test", body: "", createdAt: T0, nextAttemptAt: T0 };
    await db.webhookMessage.createMany({
      data: [
        { ...message, eventId: "evt_old_delivered", status: "DELIVERED" },
        { ...message, eventId: "evt_old_pending", status: "PENDING" },
      ],
    });
    const report = await purgeWebhookData({ now: new Date(T0.getTime() + 31 * DAY), batchSize: 4 });
    expect(report).toEqual({ attempts: 10, messages: 1 });
    const kept = await db.webhookAttempt.findMany({
      where: { endpointId: id },
      orderBy: { attemptedAt: "asc" },
    });
    expect(kept).toHaveLength(50);
    expect(kept[0]!.eventId).toBe("evt_10");
    expect((await db.webhookMessage.findMany({ where: { endpointId: id } })).map((m) => m.eventId)).toEqual([
      "evt_old_pending",
    ]);
  });
});
