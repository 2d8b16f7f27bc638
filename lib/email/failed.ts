import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { deliverAfterCommit, deliverDueAfterResponse } from "./at-once";
import { type EmailBacklog, emailBacklog } from "./backlog";
import { type FailedEmail, renewForRequeue } from "./relink";

type Tx = Prisma.TransactionClient;

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

/** Puts one FAILED email back in the queue, with a fresh link if it carried one, and sends it at once. */
export async function requeueFailedEmail(options: {
  actor: Actor;
  emailId: string;
  now: Date;
}): Promise<Result<{ to: string }>> {
  const { actor, emailId, now } = options;
  if (actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(emailId)) return refuse("NOT_FOUND", NOT_FOUND);
  const db = await getDb();
  const result = await db.$transaction((tx) => requeueOne(tx, actor, emailId, now), TX_OPTIONS);
  if (result.ok) deliverAfterCommit([emailId], now);
  return result;
}

/**
 * Puts every FAILED email back in the queue: those without a secret in one statement, each one
 * that carried a link renewed in its own transaction, for at most REQUEUE_ALL_BUDGET_MS; a second
 * press continues where this one stopped. A bounded delivery run starts right away.
 */
export async function requeueAllFailedEmails(options: {
  actor: Actor;
  now: Date;
}): Promise<Result<{ requeued: number; notRequeued: number; remaining: boolean }>> {
  const { actor, now } = options;
  if (actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  const db = await getDb();
  let requeued = await db.$transaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { status: "FAILED", carriesSecret: false },
      data: { status: "PENDING", rejections: 0, nextAttemptAt: now },
    });
    if (count > 0)
      await recordAudit(tx, {
        partnerId: null,
        kind: "EMAIL",
        action: "email.requeued_all",
        subjectLabel: `${count} failed ${count === 1 ? "email" : "emails"} without a link`,
        actor,
        at: now,
        after: { requeued: count },
      });
    return count;
  }, TX_OPTIONS);
  let notRequeued = 0;
  let after = "";
  const stopAt = performance.now() + REQUEUE_ALL_BUDGET_MS;
  let remaining = false;
  for (;;) {
    const batch = await db.outboxEmail.findMany({
      where: { status: "FAILED", carriesSecret: true, id: { gt: after } },
      orderBy: { id: "asc" },
      select: { id: true },
      take: 50,
    });
    if (batch.length === 0) break;
    for (const { id } of batch) {
      if (performance.now() >= stopAt) {
        remaining = true;
        break;
      }
      const one = await db.$transaction((tx) => requeueOne(tx, actor, id, now), TX_OPTIONS);
      if (one.ok) requeued++;
      else notRequeued++;
      after = id;
    }
    if (remaining) break;
  }
  if (requeued > 0) deliverDueAfterResponse(now);
  return ok({ requeued, notRequeued, remaining });
}

const NOT_FOUND = "This email does not exist any more.";
const REQUEUE_ALL_BUDGET_MS = 20_000;

/**
 * One requeue inside its transaction: the row is locked, so of two agents pressing Requeue at once
 * one requeues it and the other is told; audited with the change.
 */
async function requeueOne(tx: Tx, actor: Actor, emailId: string, now: Date): Promise<Result<{ to: string }>> {
  const [email] = await tx.$queryRaw<(FailedEmail & { status: string; partnerId: string | null })[]>`
    SELECT id, template, "to", "carriesSecret", "referenceId", "userId", "partnerId", "linkTokenHash",
      "createdAt", status::text AS status
    FROM "OutboxEmail" WHERE id = ${emailId} FOR UPDATE`;
  if (!email) return refuse("NOT_FOUND", NOT_FOUND);
  if (email.status !== "FAILED")
    return refuse("CONFLICT", "This email is no longer failed: it was already requeued.");
  const renewed = await renewForRequeue(tx, email, now);
  if (renewed.kind === "gone") return refuse("CONFLICT", renewed.reason);
  await tx.outboxEmail.update({
    where: { id: emailId },
    data: {
      status: "PENDING",
      rejections: 0,
      nextAttemptAt: now,
      ...(renewed.kind === "renewed"
        ? {
            subject: renewed.subject,
            html: renewed.html,
            text: renewed.text,
            linkTokenHash: renewed.linkTokenHash,
          }
        : {}),
    },
  });
  // R17: its request's latest email is on its way again, no longer FAILED.
  await tx.referenceRequest.updateMany({
    where: { requestEmailId: emailId, deliveryFailedAt: { not: null } },
    data: { deliveryFailedAt: null, deliveryFailure: null },
  });
  await recordAudit(tx, {
    partnerId: email.partnerId,
    kind: "EMAIL",
    action: "email.requeued",
    subjectId: email.id,
    subjectLabel: `Failed ${email.template} email`,
    actor,
    at: now,
    before: { status: "FAILED" },
    after: { status: "PENDING", freshLink: renewed.kind === "renewed" },
  });
  return ok({ to: email.to });
}
