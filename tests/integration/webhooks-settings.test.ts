import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/audit/queries";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  setWebhookEnabled,
  WEBHOOKS_FORBIDDEN,
} from "@/lib/webhooks/endpoints";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { sendTestEvent } from "@/lib/webhooks/test-event";
import { seedWorld, type World } from "../support/factories";
import { T0 } from "../support/lifecycle";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";

// Issue 19: what Global Administrators do on /settings/webhooks, through the same lib/ functions the
// page's actions call: validated, refused to anyone else, every change audited and on the activity page.

let world: World;
let receiver: WebhookReceiver;

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  resetEnvCache();
  world = await seedWorld();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  delete process.env.WEBHOOK_ALLOW_PRIVATE;
  resetEnvCache();
});

const input = (over: Record<string, unknown> = {}) => ({
  url: receiver.url,
  events: ["reference.created", "reference.approved"],
  enabled: true,
  ...over,
});

describe("issue 19: webhook endpoints on /settings/webhooks", () => {
  it("an endpoint deleted while its event is in flight: the delivery ends quietly, nothing is left", async () => {
    const actor = world.actors.global;
    const created = await createWebhookEndpoint({ actor, input: input(), now: T0 });
    const endpointId = created.ok ? created.data.id : "";
    receiver.beforeAnswer = async () => {
      receiver.beforeAnswer = null;
      expect(await deleteWebhookEndpoint({ actor, input: { endpointId }, now: T0 })).toMatchObject({
        ok: true,
      });
    };
    expect(await sendTestEvent({ actor, input: { endpointId }, now: T0 })).toEqual({
      ok: true,
      data: { status: null },
    });
    const db = await getDb();
    expect(await db.webhookAttempt.count({ where: { endpointId } })).toBe(0);
    expect(await db.webhookMessage.count({ where: { endpointId } })).toBe(0);
  });

  it("only a Global Administrator of the partner may manage them", async () => {
    for (const actor of [world.actors.seattle, world.actors.member, world.actors.agent]) {
      const created = await createWebhookEndpoint({ actor, input: input(), now: T0 });
      expect(created).toMatchObject({ ok: false, code: "FORBIDDEN", message: WEBHOOKS_FORBIDDEN });
      expect(await listWebhookEndpoints(actor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const mine = await createWebhookEndpoint({ actor: world.actors.global, input: input(), now: T0 });
    const endpointId = mine.ok ? mine.data.id : "";
    // Another partner's Global Administrator gets "does not exist", like an unknown id.
    for (const change of [deleteWebhookEndpoint, rotateWebhookSecret]) {
      expect(await change({ actor: world.actors.fabrikam, input: { endpointId }, now: T0 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
    }
    expect(
      await sendTestEvent({ actor: world.actors.fabrikam, input: { endpointId }, now: T0 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("refuses bad input with messages per field", async () => {
    delete process.env.WEBHOOK_ALLOW_PRIVATE;
    resetEnvCache();
    const refused = await createWebhookEndpoint({
      actor: world.actors.global,
      input: { url: "http://crm.example.com/hook", events: [], enabled: true },
      now: T0,
    });
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    resetEnvCache();
    expect(refused).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        url: ["Use an https:// URL: events carry your customers' contact details."],
        events: ["Choose at least one event to send."],
      },
    });
    const unknown = await createWebhookEndpoint({
      actor: world.actors.global,
      input: input({ events: ["reference.exploded"] }),
      now: T0,
    });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { events: ["Choose events from the list."] } });
  });

  it("create, test, disable, enable, rotate and delete: each audited, the secret never listed", async () => {
    const actor = world.actors.global;
    const created = await createWebhookEndpoint({ actor, input: input(), now: T0 });
    if (!created.ok) throw new Error(created.message);
    const { id: endpointId, secret } = created.data;
    const listed = await listWebhookEndpoints(actor);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toContain("secretCipher");

    receiver.received.length = 0;
    expect(await sendTestEvent({ actor, input: { endpointId }, now: T0 })).toEqual({
      ok: true,
      data: { status: 204 },
    });
    const test = receiver.received[0]!;
    expect(new Webhook(secret).verify(test.body, test.headers as Record<string, string>)).toMatchObject({
      type: "webhook.test",
    });
    const afterTest = await listWebhookEndpoints(actor);
    const row = afterTest.ok ? afterTest.data.find((e) => e.id === endpointId) : undefined;
    expect(row?.log).toMatchObject([{ type: "webhook.test", status: 204 }]);

    expect(await setWebhookEnabled({ actor, input: { endpointId }, now: T0, enabled: false })).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await setWebhookEnabled({ actor, input: { endpointId }, now: T0, enabled: false })).toMatchObject({
      ok: false,
      message: "This endpoint is already disabled.",
    });
    expect(await sendTestEvent({ actor, input: { endpointId }, now: T0 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await setWebhookEnabled({ actor, input: { endpointId }, now: T0, enabled: true });

    const rotated = await rotateWebhookSecret({ actor, input: { endpointId }, now: T0 });
    if (!rotated.ok) throw new Error(rotated.message);
    expect(rotated.data.secret).not.toBe(secret);
    await sendTestEvent({ actor, input: { endpointId }, now: T0 });
    const next = receiver.received.at(-1)!;
    const headers = next.headers as Record<string, string>;
    expect(() => new Webhook(secret).verify(next.body, headers)).toThrow();
    expect(new Webhook(rotated.data.secret).verify(next.body, headers)).toMatchObject({
      type: "webhook.test",
    });

    expect(await deleteWebhookEndpoint({ actor, input: { endpointId }, now: T0 })).toEqual({
      ok: true,
      data: undefined,
    });
    const db = await getDb();
    expect(await db.webhookEndpoint.count({ where: { id: endpointId } })).toBe(0);
    expect(await db.webhookAttempt.count({ where: { endpointId } })).toBe(0);

    const activity = await listActivity({ actor, partnerId: actor.partnerId, filters: { kind: "WEBHOOK" } });
    const actions = activity.ok
      ? activity.data.rows.filter((r) => r.subject === receiver.url).map((r) => r.action)
      : [];
    expect(actions).toEqual(
      expect.arrayContaining([
        "webhook.created",
        "webhook.disabled",
        "webhook.enabled",
        "webhook.secret_rotated",
        "webhook.deleted",
      ]),
    );
  });
});
