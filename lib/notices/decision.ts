import "server-only";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { referenceAudience } from "./recipients";
import { type NoticeInLanguages, portalUrl, prepareInEachLanguage, renderDecisionNotice } from "./render";

type Tx = Prisma.TransactionClient;

export type DecidedReference = {
  id: string;
  partnerId: string;
  locationId: string;
  createdById: string | null;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  location: { name: string };
};

/**
 * Prepared before the transaction (rendering is slow next to a write): English now, each other
 * language once, when its first recipient is queued. Everyone reading one language gets one copy.
 */
export function prepareDecisionNotice(
  reference: DecidedReference,
  approved: boolean,
): Promise<NoticeInLanguages> {
  return prepareInEachLanguage((locale) =>
    renderDecisionNotice(
      {
        approved,
        contactName: reference.contactName,
        customerCompany: reference.customerCompany,
        projectTitle: reference.projectTitle,
        locationName: reference.location.name,
        referenceUrl: portalUrl(`/references/${reference.id}`),
      },
      locale,
    ),
  );
}

/**
 * Queues the decision notice in the decision's own transaction (R15): it exists exactly when the
 * decision does, and since only one decision can win (R2), each person gets it once.
 */
export async function queueDecisionNotices(
  tx: Tx,
  reference: DecidedReference,
  notice: NoticeInLanguages,
  now: Date,
): Promise<number> {
  const audience = await referenceAudience(tx, reference, "DECISION");
  for (const person of audience) {
    await queueEmail(tx, {
      to: person.email,
      ...(await notice(recipientLocale(person.locale))),
      now,
      template: "decision-notice",
      referenceId: reference.id,
      partnerId: reference.partnerId,
      userId: person.id,
      carriesSecret: false,
    });
  }
  return audience.length;
}
