import "server-only";
import { type Actor, isPartnerAdmin } from "../auth/actor";
import { canCreateOrResend } from "../auth/permissions";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { renderReferenceRequest } from "../email/render";
import { localeForCountry } from "../i18n/locales";
import { ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { buildCreateReferenceSchema, fieldErrorsOf } from "./schemas";
import { autoApprovalDueAt } from "./timing";
import { newToken, storeToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { MESSAGES } from "./wording";

export type CreateReferenceOptions = { actor: Actor; input: unknown; now: Date };

/** R1, R5: stores a new request as AWAITING_APPROVAL and queues its email in one transaction. */
export async function createReference(
  options: CreateReferenceOptions,
): Promise<Result<{ id: string; customerCompany: string }>> {
  const result = await createReferenceWithToken(options);
  return result.ok ? ok({ id: result.data.id, customerCompany: result.data.customerCompany }) : result;
}

/**
 * As createReference, but also returns the customer's raw token. Only the demo seed and the tests
 * use it: in the product the token exists nowhere but in the email.
 */
export async function createReferenceWithToken({
  actor,
  input,
  now,
}: CreateReferenceOptions): Promise<Result<{ id: string; customerCompany: string; token: string }>> {
  if (!isPartnerAdmin(actor)) return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);
  const parsed = buildCreateReferenceSchema(() => now).safeParse(input);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { contactLanguage, ...data } = parsed.data;

  const db = await getDb();
  const location = await db.location.findUnique({
    where: { id: data.locationId },
    include: { partner: true },
  });
  if (!location) {
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, {
      locationId: ["Choose a location from the list."],
    });
  }
  if (!canCreateOrResend(actor, { partnerId: location.partnerId, locationId: location.id }))
    return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);

  const locale = contactLanguage ?? localeForCountry(location.country);
  const issued = newToken();
  const email = await renderReferenceRequest(data.contactEmail, {
    token: issued.token,
    locale,
    autoApprovalOn: autoApprovalDueAt(now),
    partnerName: location.partner.name,
    contactName: data.contactName,
    customerCompany: data.customerCompany,
    projectTitle: data.projectTitle,
    requestedBy: actor.name,
    reminder: false,
  });

  const created = await db.$transaction(async (tx) => {
    const reference = await tx.referenceRequest.create({
      data: {
        ...data,
        contactLanguage: locale,
        completedOn: new Date(`${data.completedOn}T00:00:00Z`),
        partnerId: location.partnerId,
        locationId: location.id,
        createdById: actor.userId,
        status: "AWAITING_APPROVAL",
        firstSentAt: now,
        lastSentAt: now,
        sendCount: 1,
        createdAt: now,
      },
    });
    await storeToken(tx, reference.id, issued, now);
    const after = {
      status: reference.status,
      location: location.name,
      customerCompany: reference.customerCompany,
      contactEmail: reference.contactEmail,
      projectTitle: reference.projectTitle,
      projectType: reference.projectType,
    };
    await recordEvent(tx, {
      referenceId: reference.id,
      type: "CREATED",
      actor,
      at: now,
      before: null,
      after,
    });
    await recordEvent(tx, {
      referenceId: reference.id,
      type: "SENT",
      actor,
      at: now,
      before: null,
      after: { firstSentAt: now.toISOString(), lastSentAt: now.toISOString(), sendCount: 1, to: email.to },
    });
    await queueEmail(tx, { ...email, now });
    return reference;
  }, TX_OPTIONS);
  return ok({ id: created.id, customerCompany: created.customerCompany, token: issued.token });
}
