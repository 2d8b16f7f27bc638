import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { visibleReferenceWhere } from "../references/visible";

// R15 for partner administrators: when the latest email of a reference request could not be
// delivered, its page says so in plain words (the raw SMTP answer stays with the agents).

const REQUEST_TEMPLATES = ["reference-request", "reference-reminder"];

export type UndeliveredNotice = { to: string; reason: string; since: Date };

/** The latest email about this reference, if it ended FAILED; null otherwise or when not visible. */
export async function undeliveredRequestEmail(options: {
  actor: Actor;
  referenceId: string;
}): Promise<UndeliveredNotice | null> {
  const db = await getDb();
  // Permission in the where: another partner's reference yields nothing, like an unknown id.
  const latest = await db.outboxEmail.findFirst({
    where: {
      referenceId: options.referenceId,
      template: { in: REQUEST_TEMPLATES },
      reference: visibleReferenceWhere(options.actor, options.referenceId),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { to: true, status: true, lastError: true, createdAt: true },
  });
  if (latest?.status !== "FAILED") return null;
  return { to: latest.to, reason: plainReason(latest.lastError), since: latest.createdAt };
}

/** The SMTP answer said for a partner administrator; the code is the first number in the stored error. */
export function plainReason(lastError: string | null): string {
  const code = Number(lastError?.match(/\b([45]\d\d)\b/)?.[1]);
  if (code === 552) return "the customer’s mailbox is full.";
  if (code === 550 || code === 551 || code === 553)
    return "the customer’s mail server does not accept this address. Check the contact’s email address for typing errors.";
  if (code === 554) return "the customer’s mail server refused the message.";
  return "the customer’s mail server refused it.";
}
