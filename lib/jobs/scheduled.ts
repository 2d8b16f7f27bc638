import "server-only";
import { type EmailBacklog, emailBacklog } from "../email/backlog";
import { type DeliveryReport, deliverDueEmails } from "../email/deliver";
import { type PurgeReport, purgeOldEmailData } from "../email/purge";
import { autoApproveDue } from "../references/auto-approve";

// The System actor's work (R4, R15), run by the cron route. Auto-approval first: any mail it ever
// queues then goes out in the same run. The backlog is measured last, after this run's delivery.

export type ScheduledJobsReport = {
  autoApproved: number;
  emails: DeliveryReport & EmailBacklog;
  purged: PurgeReport;
};

export async function runScheduledJobs({ now }: { now: Date }): Promise<ScheduledJobsReport> {
  const { approved } = await autoApproveDue({ now });
  const delivery = await deliverDueEmails({ now });
  const purged = await purgeOldEmailData({ now });
  const backlog = await emailBacklog(now);
  return { autoApproved: approved, emails: { ...delivery, ...backlog }, purged };
}
