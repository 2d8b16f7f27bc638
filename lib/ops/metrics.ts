import "server-only";
import client, { Counter, Gauge, type Metric } from "prom-client";

// Prometheus metrics in prom-client's default registry. prom-client is a server-external package
// (next.config.js), so the server entry (server.mjs: request durations) and every bundle share one
// registry: each metric is created once and found by name afterwards.

function once<M extends Metric<string>>(name: string, create: () => M): M {
  return (client.register.getSingleMetric(name) as M | undefined) ?? create();
}

const counter = (name: string, help: string, labelNames: string[] = []) =>
  once(name, () => new Counter({ name, help, labelNames }));

export const emailsSent = () => counter("prc_emails_sent_total", "Emails the SMTP server accepted");
export const emailsFailed = () =>
  counter("prc_emails_failed_total", "Emails that ended FAILED after permanent rejections");
export const autoApprovedTotal = () =>
  counter("prc_auto_approved_total", "Requests auto-approved after six weeks (R4), by the job or at use");
export const rateLimited = () =>
  counter("prc_rate_limited_total", "Uses refused by an abuse limit", ["limit"]);
export const webhooksDelivered = () =>
  counter("prc_webhooks_delivered_total", "Webhook messages a partner's endpoint answered with 2xx");
export const webhooksFailed = () =>
  counter("prc_webhooks_failed_total", "Webhook messages that ended FAILED after every retry");
export const webhookEndpointsDisabled = () =>
  counter(
    "prc_webhook_endpoints_disabled_total",
    "Endpoints disabled by the system (410 Gone, three days failing)",
  );
export const cronLastSuccess = () =>
  once(
    "prc_cron_last_success_timestamp_seconds",
    () =>
      new Gauge({
        name: "prc_cron_last_success_timestamp_seconds",
        help: "When this instance last finished a scheduled run (Unix seconds)",
      }),
  );

export type DatabaseFigures = {
  outboxDue: number;
  oldestDueAgeSeconds: number;
  autoApprovalDue: number;
  webhooksDue: number;
  webhooksOldestDueAgeSeconds: number;
};

/** Gauges read from the database when scraped, through `read` (which caches). */
export function registerDatabaseGauges(read: () => Promise<DatabaseFigures>): void {
  const gauge = (name: string, help: string, key: keyof DatabaseFigures) => {
    if (client.register.getSingleMetric(name)) return;
    new Gauge({
      name,
      help,
      async collect() {
        this.set((await read())[key]);
      },
    });
  };
  gauge("prc_outbox_due", "Emails due for delivery now", "outboxDue");
  gauge(
    "prc_outbox_oldest_due_age_seconds",
    "Age of the oldest email due (0 when none)",
    "oldestDueAgeSeconds",
  );
  gauge("prc_webhooks_due", "Webhook messages due for a try now (first tries and retries)", "webhooksDue");
  gauge(
    "prc_webhooks_oldest_due_age_seconds",
    "Age of the oldest webhook message due (0 when none)",
    "webhooksOldestDueAgeSeconds",
  );
  gauge(
    "prc_auto_approval_due",
    "Requests due for auto-approval (R4) and not yet approved",
    "autoApprovalDue",
  );
}

const DEFAULTS = Symbol.for("partner-reference-center.default-metrics");

/** The registry as Prometheus text; Node's default metrics are collected from the first scrape on. */
export async function metricsText(): Promise<{ body: string; contentType: string }> {
  // Every metric is listed from the first scrape, at 0 before anything happened.
  for (const metric of [
    emailsSent,
    emailsFailed,
    autoApprovedTotal,
    rateLimited,
    cronLastSuccess,
    webhooksDelivered,
    webhooksFailed,
    webhookEndpointsDisabled,
  ])
    metric();
  const g = globalThis as unknown as Record<symbol, boolean>;
  if (!g[DEFAULTS]) {
    g[DEFAULTS] = true;
    client.collectDefaultMetrics();
  }
  return { body: await client.register.metrics(), contentType: client.register.contentType };
}
