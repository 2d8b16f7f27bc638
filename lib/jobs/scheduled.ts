import "server-only";
import { type DeliveryReport, deliverDueEmails } from "../email/outbox";
import { autoApproveDue, countStillDue } from "../references/auto-approve";

// The System actor's work (R4, R15), run by the cron route. Auto-approval first: it sends no
// mail today, but any mail it ever queues then goes out in the same run.

/** `stillDue`: requests due for auto-approval that this run's time budget left for the next run. */
export type ScheduledJobsReport = { autoApproved: number; stillDue: number; emails: DeliveryReport };

export async function runScheduledJobs({ now }: { now: Date }): Promise<ScheduledJobsReport> {
  const { approved } = await autoApproveDue({ now });
  const stillDue = await countStillDue({ now });
  const emails = await deliverDueEmails({ now });
  return { autoApproved: approved, stillDue, emails };
}
