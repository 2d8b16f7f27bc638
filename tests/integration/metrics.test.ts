import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/metrics/route";
import { resetEnvCache } from "@/lib/env";
import { databaseFigures, FIGURES_MAX_AGE_MS } from "@/lib/ops/database-figures";
import { autoApproveDue } from "@/lib/references/auto-approve";
import { consumeLimit, LIMITS } from "@/lib/security/rate-limit";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { startWebhookReceiver } from "../support/webhook-receiver";

// Issue 20: GET /api/metrics — the token, the names, counters that move, gauges read from the
// database at most every 15 s.

const TOKEN = "metrics-token-for-tests-0123456789";
let world: World;
beforeAll(async () => {
  world = await seedWorld();
});
afterEach(() => {
  delete process.env.METRICS_TOKEN;
  resetEnvCache();
});

const scrape = (authorization?: string) =>
  GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));

function value(text: string, metric: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${metric} `) || l.startsWith(`${metric}{`));
  return line ? Number(line.split(" ").at(-1)) : Number.NaN;
}

describe("metrics", () => {
  it("404 without METRICS_TOKEN, 401 with a wrong token, Prometheus text with the right one", async () => {
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    const text = await response.text();
    for (const name of [
      "prc_outbox_due",
      "prc_outbox_oldest_due_age_seconds",
      "prc_auto_approval_due",
      "prc_emails_sent_total",
      "prc_emails_failed_total",
      "prc_auto_approved_total",
      "prc_rate_limited_total",
      "prc_cron_last_success_timestamp_seconds",
      "process_cpu_user_seconds_total",
      "nodejs_eventloop_lag_seconds",
    ])
      expect(text, name).toContain(`# TYPE ${name} `);
  });

  it("the auto-approval counter and the due gauge follow the database; the gauges are cached for 15 s", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    const now = new Date("2026-12-01T09:00:00Z");
    await insertReference(world, { firstSentAt: new Date(now.getTime() - 43 * DAY) });
    const fresh = await databaseFigures(new Date(now.getTime() + 10 * FIGURES_MAX_AGE_MS));
    expect(fresh.autoApprovalDue).toBeGreaterThanOrEqual(1);
    const before = value(await (await scrape(`Bearer ${TOKEN}`)).text(), "prc_auto_approved_total");
    const { approved } = await autoApproveDue({ now });
    expect(approved).toBeGreaterThanOrEqual(1);
    expect(value(await (await scrape(`Bearer ${TOKEN}`)).text(), "prc_auto_approved_total")).toBe(
      before + approved,
    );
    // Within 15 s the cached figure stands; after, it is read again.
    const t = new Date(now.getTime() + 20 * FIGURES_MAX_AGE_MS);
    const first = await databaseFigures(t);
    expect(await databaseFigures(new Date(t.getTime() + 1_000))).toBe(first);
    expect((await databaseFigures(new Date(t.getTime() + FIGURES_MAX_AGE_MS))).autoApprovalDue).toBe(0);
  });

  it("a refused use counts under its limit's name", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    resetEnvCache();
    const metric = 'prc_rate_limited_total{limit="signInEmailPerAddress"}';
    const before = value(await (await scrape(`Bearer ${TOKEN}`)).text(), metric);
    for (let i = 0; i <= LIMITS.signInEmailPerAddress.points; i++)
      await consumeLimit("signInEmailPerAddress", "metrics@customer.example");
    const after = value(await (await scrape(`Bearer ${TOKEN}`)).text(), metric);
    expect(after - (Number.isNaN(before) ? 0 : before)).toBe(1);
  });

  it("webhooks: the due gauges follow the outbox; a delivery counts as delivered", async () => {
    process.env.METRICS_TOKEN = TOKEN;
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    resetEnvCache();
    const receiver = await startWebhookReceiver();
    try {
      const now = new Date("2026-12-02T09:00:00Z");
      const endpoint = await createWebhookEndpoint({
        actor: world.actors.global,
        input: { url: receiver.url, events: ["reference.created"], enabled: true },
        now,
      });
      if (!endpoint.ok) throw new Error(endpoint.message);
      const { getDb } = await import("@/lib/db/client");
      await (await getDb()).webhookMessage.create({
        data: {
          eventId: "evt_metrics",
          endpointId: endpoint.data.id,
          type: "reference.created",
          body: "{}",
          nextAttemptAt: new Date(now.getTime() - 120_000),
          createdAt: now,
        },
      });
      const figures = await databaseFigures(new Date(now.getTime() + 50 * FIGURES_MAX_AGE_MS));
      expect(figures.webhooksDue).toBe(1);
      expect(figures.webhooksOldestDueAgeSeconds).toBeGreaterThanOrEqual(120);

      const before = value(await (await scrape(`Bearer ${TOKEN}`)).text(), "prc_webhooks_delivered_total");
      const report = await deliverDueWebhooks({ now });
      expect(report.delivered).toBe(1);
      const text = await (await scrape(`Bearer ${TOKEN}`)).text();
      expect(value(text, "prc_webhooks_delivered_total")).toBe(before + 1);
      expect(text).toContain("prc_webhooks_due ");
      const after = await databaseFigures(new Date(now.getTime() + 60 * FIGURES_MAX_AGE_MS));
      expect(after.webhooksDue).toBe(0);
    } finally {
      await receiver.close();
      delete process.env.WEBHOOK_ALLOW_PRIVATE;
    }
  });
});
