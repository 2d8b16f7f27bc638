import "server-only";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { deliverAfterCommit } from "./at-once";
import type { OutgoingEmail } from "./mailer";

// R15: an email is a row written in the transaction of the change that causes it; delivery starts
// right after that transaction commits (at-once.ts), and the scheduled run sweeps up the rest, so
// an SMTP outage delays mail but can neither lose it nor undo the change.

export type { DeliveryReport } from "./deliver";
export { deliverDueEmails } from "./deliver";

export type QueuedEmail = OutgoingEmail & {
  /** The domain clock of the change; sets createdAt and the first attempt. */
  now: Date;
  /** Which template rendered it (kept after delivery, shown to agents). */
  template?: string;
  /** The reference request or user the email is about, for agents and the reference's page. */
  referenceId?: string;
  userId?: string;
  /** The partner the email is about, or null for none (an agent's own mail); demo mode reads it. */
  partnerId: string | null;
  /** SHA-256 of the token the body's link carries, so a requeue can end that link (failed.ts). */
  linkTokenHash?: string;
  /**
   * Whether the body holds a secret link (customer token, sign-in link); such a body is emptied
   * when the email is delivered (R13). Defaults to true: keeping a body must be asked for.
   */
  carriesSecret?: boolean;
};

/**
 * Writes the email in the caller's transaction, so it exists exactly when the change commits, and
 * arranges its delivery right after that commit. Every email of the product goes through here.
 */
export async function queueEmail(tx: Prisma.TransactionClient, email: QueuedEmail): Promise<{ id: string }> {
  const { now, ...content } = email;
  const row = await tx.outboxEmail.create({
    data: { ...content, createdAt: now, nextAttemptAt: now },
    select: { id: true },
  });
  deliverAfterCommit([row.id], now);
  return row;
}

/** One email of the outbox, for the development mailbox's detail page. */
export async function getEmail(id: string) {
  const db = await getDb();
  return db.outboxEmail.findUnique({ where: { id } });
}

/** The newest emails of the outbox, optionally to one address, for the development mailbox page. */
export async function listRecentEmails(options: { limit?: number; to?: string } = {}) {
  const db = await getDb();
  return db.outboxEmail.findMany({
    where: options.to ? { to: options.to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(options.limit ?? 50, 1), 200),
  });
}
