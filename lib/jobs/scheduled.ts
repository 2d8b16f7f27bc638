import "server-only";
import { type RenewalReport, sendRenewalReminders } from "../competencies/renewal-reminders";
import { eraseExpiredContacts, type RetentionReport } from "../customers/retention";
import { type EmailBacklog, emailBacklog } from "../email/backlog";
import { type DeliveryReport, deliverDueEmails } from "../email/deliver";
import { type PurgeReport, purgeOldEmailData } from "../email/purge";
import { sendAutoApprovalDigests } from "../notices/digest";
import { inSpan } from "../ops/spans";
import { autoApproveDue, countStillDue } from "../references/auto-approve";
import { purgeExpiredLimits } from "../security/rate-limit";
import { purgeExpiredInvitations } from "../users/revoke-invitation";
import { deliverDueWebhooks, type WebhookDeliveryReport } from "../webhooks/deliver";
import { purgeWebhookData, type WebhookPurgeReport } from "../webhooks/purge";

// The System actor's work (R4, R15), run by the cron route. Auto-approval first, then one digest
// per person for what it approved, then delivery: the digests go out in the same run. The backlog
// is measured last, after this run's delivery.

/** `stillDue`: requests due for auto-approval that this run's time budget left for the next run. */
export type ScheduledJobsReport = {
  autoApproved: number;
  stillDue: number;
  digests: { digests: number; partners: number };
  /** R19: reminders queued (one per person), levels they were about, whether partners were left for the next run. */
  renewalReminders: RenewalReport;
  emails: DeliveryReport & EmailBacklog;
  /** Issue 19: webhook tries this run made, and endpoints it disabled (410 Gone, three days failing). */
  webhooks: WebhookDeliveryReport & { purged: WebhookPurgeReport };
  purged: PurgeReport & { expiredInvitations: number; expiredLimits: number };
  /** R21: requests whose contact data this run erased, and whether more are due than it had time for. */
  erasedContacts: RetentionReport;
};

/** Digests stop starting new partners after this; the rest wait for the next run. */
const DIGEST_BUDGET_MS = 60_000;
/** Renewal reminders stop starting new partners after this (R19). */
const RENEWAL_BUDGET_MS = 20_000;
/** Webhook delivery stops claiming new messages after this. */
const WEBHOOK_BUDGET_MS = 30_000;
/** Contact erasure (R21) stops starting new batches after this. */
const RETENTION_BUDGET_MS = 20_000;

/** Each job of the run in its own trace span (lib/ops/spans.ts). */
const job = <T>(name: string, work: () => Promise<T>) => inSpan(`job ${name}`, { "job.name": name }, work);

export async function runScheduledJobs({ now }: { now: Date }): Promise<ScheduledJobsReport> {
  const { approved } = await job("auto-approve", () => autoApproveDue({ now }));
  const stillDue = await countStillDue({ now });
  const digests = await job("auto-approval-digests", () =>
    sendAutoApprovalDigests({ now, deadline: performance.now() + DIGEST_BUDGET_MS }),
  );
  const renewalReminders = await job("renewal-reminders", () =>
    sendRenewalReminders({ now, deadline: performance.now() + RENEWAL_BUDGET_MS }),
  );
  const delivery = await job("deliver-email", () => deliverDueEmails({ now }));
  const webhooks = await job("deliver-webhooks", () =>
    deliverDueWebhooks({ now, budgetMs: WEBHOOK_BUDGET_MS }),
  );
  const webhooksPurged = await job("purge-webhooks", () => purgeWebhookData({ now }));
  const purged = await job("purge", async () => ({
    ...(await purgeOldEmailData({ now })),
    expiredInvitations: await purgeExpiredInvitations({ now }),
    expiredLimits: await purgeExpiredLimits({ now }),
  }));
  const erasedContacts = await job("erase-expired-contacts", () =>
    eraseExpiredContacts({ now, deadline: performance.now() + RETENTION_BUDGET_MS }),
  );
  const backlog = await emailBacklog(now);
  return {
    autoApproved: approved,
    stillDue,
    digests,
    renewalReminders,
    emails: { ...delivery, ...backlog },
    webhooks: { ...webhooks, purged: webhooksPurged },
    purged,
    erasedContacts,
  };
}
