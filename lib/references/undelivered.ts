import "server-only";
import type { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { referenceAudience } from "../notices/recipients";
import { inEachLanguage, portalUrl, renderDeliveryFailedNotice } from "../notices/render";
import { recordEvent } from "./events";

// R17: a request whose latest request email ended FAILED shows "Email not delivered", is never
// auto-approved, and its creator and R6 administrators are told once.

type Tx = Prisma.TransactionClient;

/**
 * Inside the transaction that marked `emailId` FAILED: when it is still its request's latest
 * email and the request awaits an answer, records the failure and queues the notices. The
 * conditional write makes a second call for the same email do nothing.
 */
export async function markRequestUndelivered(
  tx: Tx,
  emailId: string,
  reason: string,
  now: Date,
): Promise<boolean> {
  const marked = await tx.referenceRequest.updateManyAndReturn({
    where: { requestEmailId: emailId, status: "AWAITING_APPROVAL", deliveryFailedAt: null },
    data: { deliveryFailedAt: now, deliveryFailure: reason },
    select: {
      id: true,
      partnerId: true,
      locationId: true,
      createdById: true,
      contactName: true,
      contactEmail: true,
      customerCompany: true,
      projectTitle: true,
      location: { select: { name: true } },
    },
  });
  const reference = marked[0];
  if (!reference) return false;
  await recordEvent(tx, {
    referenceId: reference.id,
    type: "DELIVERY_FAILED",
    actor: { kind: "system" },
    at: now,
    after: { to: reference.contactEmail, reason },
  });
  // Once per language among the recipients (the mail server's reason is quoted as it came).
  const notice = inEachLanguage((locale) =>
    renderDeliveryFailedNotice(
      {
        contactName: reference.contactName,
        contactEmail: reference.contactEmail,
        customerCompany: reference.customerCompany,
        projectTitle: reference.projectTitle,
        locationName: reference.location.name,
        reason,
        referenceUrl: portalUrl(`/references/${reference.id}`),
      },
      locale,
    ),
  );
  for (const person of await referenceAudience(tx, reference, "DELIVERY_FAILED")) {
    await queueEmail(tx, {
      to: person.email,
      ...(await notice(recipientLocale(person.locale))),
      now,
      template: "delivery-failed-notice",
      referenceId: reference.id,
      partnerId: reference.partnerId,
      userId: person.id,
      carriesSecret: false,
    });
  }
  return true;
}
