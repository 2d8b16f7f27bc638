import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { ok, type Result, refuse } from "../result";
import { deliverAfterCommit, deliverDueAfterResponse } from "./at-once";
import { type EmailBacklog, emailBacklog } from "./backlog";

// R15: mail that was permanently rejected is FAILED, visible to service-center agents, who can
// requeue it. Only agents: the rows name every partner's customers and users.

export const FAILED_PAGE_SIZE = 20;
const AGENTS_ONLY = "Only Regional Service Center agents can see and requeue undelivered email.";

export type FailedEmailRow = {
  id: string;
  to: string;
  subject: string;
  template: string;
  lastError: string | null;
  attempts: number;
  createdAt: Date;
  reference: { id: string; customerCompany: string; partnerName: string } | null;
  user: { email: string; name: string } | null;
};

export type FailedEmailPage = {
  rows: FailedEmailRow[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  backlog: EmailBacklog;
};

/** FAILED emails, oldest first, in keyset pages (no OFFSET walk as the list grows). */
export async function listFailedEmails(options: {
  actor: Actor;
  now: Date;
  after?: string;
  pageSize?: number;
}): Promise<Result<FailedEmailPage>> {
  if (options.actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  const take = Math.min(Math.max(options.pageSize ?? FAILED_PAGE_SIZE, 1), 100);
  const db = await getDb();
  const cursor = options.after && /^[A-Za-z0-9_-]{1,64}$/.test(options.after) ? options.after : undefined;
  const found = await db.outboxEmail.findMany({
    where: { status: "FAILED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    take: take + 1,
    select: {
      id: true,
      to: true,
      subject: true,
      template: true,
      lastError: true,
      attempts: true,
      createdAt: true,
      reference: { select: { id: true, customerCompany: true, partner: { select: { name: true } } } },
      user: { select: { email: true, name: true } },
    },
  });
  const rows = found.slice(0, take).map(({ reference, ...row }) => ({
    ...row,
    reference: reference
      ? { id: reference.id, customerCompany: reference.customerCompany, partnerName: reference.partner.name }
      : null,
  }));
  const nextCursor = found.length > take ? rows[rows.length - 1]!.id : null;
  return ok({ rows, nextCursor, backlog: await emailBacklog(options.now) });
}

/** Puts one FAILED email back in the queue and starts delivering it at once. */
export async function requeueFailedEmail(options: {
  actor: Actor;
  emailId: string;
  now: Date;
}): Promise<Result<{ to: string }>> {
  if (options.actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  const db = await getDb();
  const { emailId, now } = options;
  // Conditional: of two agents pressing Requeue together, one requeues and the other is told.
  const won = await db.outboxEmail.updateMany({
    where: { id: emailId, status: "FAILED" },
    data: { status: "PENDING", rejections: 0, nextAttemptAt: now },
  });
  const email = await db.outboxEmail.findUnique({ where: { id: emailId }, select: { to: true } });
  if (!email) return refuse("NOT_FOUND", "This email does not exist any more.");
  if (won.count === 0) return refuse("CONFLICT", "This email is no longer failed: it was already requeued.");
  deliverAfterCommit([emailId], now);
  return ok({ to: email.to });
}

/** Puts every FAILED email back in the queue; a bounded delivery run starts right away. */
export async function requeueAllFailedEmails(options: {
  actor: Actor;
  now: Date;
}): Promise<Result<{ requeued: number }>> {
  if (options.actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  const db = await getDb();
  const { count } = await db.outboxEmail.updateMany({
    where: { status: "FAILED" },
    data: { status: "PENDING", rejections: 0, nextAttemptAt: options.now },
  });
  if (count > 0) deliverDueAfterResponse(options.now);
  return ok({ requeued: count });
}
