import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { visibleReferenceWhere } from "../references/visible";

// R15, R17 for partner administrators: when the latest request email of a reference request could
// not be delivered, its page and the Reference List say so, in plain words and with the server's answer.

export type UndeliveredNotice = {
  to: string;
  /** In plain words, for a partner administrator. */
  reason: string;
  /** What the customer's server answered (R17: shown with the plain words). */
  serverAnswer: string;
  since: Date;
};

/** R17: the request's latest request email ended FAILED; null otherwise or when not visible. */
export async function undeliveredRequestEmail(options: {
  actor: Actor;
  referenceId: string;
}): Promise<UndeliveredNotice | null> {
  const db = await getDb();
  // Permission in the where: another partner's reference yields nothing, like an unknown id.
  const reference = await db.referenceRequest.findFirst({
    where: { ...visibleReferenceWhere(options.actor, options.referenceId), deliveryFailedAt: { not: null } },
    select: { contactEmail: true, deliveryFailedAt: true, deliveryFailure: true },
  });
  if (!reference?.deliveryFailedAt) return null;
  return toUndeliveredNotice(reference);
}

export function toUndeliveredNotice(reference: {
  contactEmail: string;
  deliveryFailedAt: Date | null;
  deliveryFailure: string | null;
}): UndeliveredNotice | null {
  if (!reference.deliveryFailedAt) return null;
  return {
    to: reference.contactEmail,
    reason: plainReason(reference.deliveryFailure),
    serverAnswer: reference.deliveryFailure ?? "",
    since: reference.deliveryFailedAt,
  };
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
