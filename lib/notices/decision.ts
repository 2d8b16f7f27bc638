import "server-only";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { referenceAudience } from "./recipients";
import { portalUrl, type RenderedNotice, renderDecisionNotice } from "./render";

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

/** Rendered before the transaction (rendering is slow next to a write); the same for everyone. */
export function prepareDecisionNotice(
  reference: DecidedReference,
  approved: boolean,
): Promise<RenderedNotice> {
  return renderDecisionNotice({
    approved,
    contactName: reference.contactName,
    customerCompany: reference.customerCompany,
    projectTitle: reference.projectTitle,
    locationName: reference.location.name,
    referenceUrl: portalUrl(`/references/${reference.id}`),
  });
}

/**
 * Queues the decision notice in the decision's own transaction (R15): it exists exactly when the
 * decision does, and since only one decision can win (R2), each person gets it once.
 */
export async function queueDecisionNotices(
  tx: Tx,
  reference: DecidedReference,
  notice: RenderedNotice,
  now: Date,
): Promise<number> {
  const audience = await referenceAudience(tx, reference, "DECISION");
  for (const person of audience) {
    await queueEmail(tx, {
      to: person.email,
      ...notice,
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
