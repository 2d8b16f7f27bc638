import "server-only";
import { randomBytes } from "node:crypto";
import { type Actor, isPartnerAdmin } from "../auth/actor";
import { canCreateOrResend } from "../auth/permissions";
import { normalizeAddress } from "../customers/address";
import { contactRefusal, lockContact } from "../customers/contact-rules";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { renderReferenceRequest } from "../email/render";
import { localeForCountry } from "../i18n/locales";
import { fieldErrorsOf, ok, type Refusal, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { buildCreateReferenceSchema } from "./schemas";
import { autoApprovalDueAt } from "./timing";
import { type IssuedToken, newToken, storeToken } from "./tokens";
import { TX_OPTIONS } from "./tx";
import { MESSAGES } from "./wording";

export type CreateReferenceOptions = {
  actor: Actor;
  input: unknown;
  now: Date;
  /**
   * Where the customer's token comes from (default: 256 fresh random bits). The demo seed and the
   * tests pass one that also remembers the raw token, which otherwise exists only in the email.
   */
  issueToken?: () => IssuedToken;
  /** The API's create: the SHA-256 of the request body its Idempotency-Key was first used with. */
  fingerprint?: string;
};

/** A fresh one-time key for one rendering of the create form (decision 032). */
export function newCreateKey(): string {
  return randomBytes(16).toString("base64url");
}

/** The request an earlier submit of the same form created, if this actor made it. */
async function createdWithKey(actor: Actor, createKey: string | undefined) {
  if (!createKey || !isPartnerAdmin(actor) || actor.kind !== "partner-user") return null;
  const db = await getDb();
  return db.referenceRequest.findFirst({
    where: actor.apiKeyId
      ? { createKey, createdByApiKeyId: actor.apiKeyId }
      : { createKey, createdById: actor.userId },
    select: { id: true, customerCompany: true },
  });
}

/** A person, or the API key acting as one (which is no user row). */
function createdBy(actor: Actor) {
  return actor.kind === "partner-user" && actor.apiKeyId
    ? { createdById: null, createdByApiKeyId: actor.apiKeyId }
    : { createdById: actor.userId, createdByApiKeyId: null };
}

const FORM_EXPIRED = "This form has expired. Reload the page and submit it again.";

const isCreateKeyClash = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError &&
  error.code === "P2002" &&
  JSON.stringify(error.meta ?? {}).includes("createKey");

/**
 * R1, R5: stores a new request as AWAITING_APPROVAL and queues its email in one transaction. A
 * form submitted again with the same one-time key (a double submit, a retry after a dropped
 * connection) answers with the request the first submit created and writes nothing.
 */
export async function createReference(
  options: CreateReferenceOptions,
): Promise<Result<{ id: string; customerCompany: string }>> {
  try {
    return await createOnce(options);
  } catch (error) {
    // Two identical submits raced past the look-up; the unique key let only one of them write.
    if (!isCreateKeyClash(error)) throw error;
    const key = (options.input as { createKey?: string }).createKey;
    const existing = await createdWithKey(options.actor, key);
    if (existing) return ok(existing);
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, { createKey: [FORM_EXPIRED] });
  }
}

async function createOnce({
  actor,
  input,
  now,
  issueToken = newToken,
  fingerprint,
}: CreateReferenceOptions): Promise<Result<{ id: string; customerCompany: string }>> {
  if (!isPartnerAdmin(actor)) return refuse("FORBIDDEN_CREATE", MESSAGES.createForbidden);
  const parsed = buildCreateReferenceSchema(() => now).safeParse(input);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const { createKey, contactLanguage, ...data } = parsed.data;
  const earlier = await createdWithKey(actor, createKey);
  if (earlier) return ok(earlier); // the token went out with the first submit only

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
  if (location.archivedAt)
    return refuse("INVALID_INPUT", MESSAGES.invalidInput, { locationId: [MESSAGES.locationArchived] });

  const locale = contactLanguage ?? localeForCountry(location.country);
  const issued = issueToken();
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

  const contactKey = normalizeAddress(data.contactEmail);
  const created = await db.$transaction(
    async (tx): Promise<{ id: string; customerCompany: string } | Refusal> => {
      // R16, R18 under the contact's lock: of two simultaneous creates for one contact, the second
      // finds the first's open request.
      await lockContact(tx, contactKey);
      // A simultaneous submit with the same one-time key got the lock first: its request is ours.
      const same = createKey
        ? await tx.referenceRequest.findUnique({
            where: { createKey },
            select: { id: true, customerCompany: true, createdById: true, createdByApiKeyId: true },
          })
        : null;
      if (same) {
        const mine = createdBy(actor);
        if (same.createdById === mine.createdById && same.createdByApiKeyId === mine.createdByApiKeyId)
          return { id: same.id, customerCompany: same.customerCompany };
        return refuse("INVALID_INPUT", MESSAGES.invalidInput, { createKey: [FORM_EXPIRED] });
      }
      const refused = await contactRefusal(tx, { partnerId: location.partnerId, address: contactKey });
      if (refused) return refused;
      const reference = await tx.referenceRequest.create({
        data: {
          ...data,
          contactKey,
          createKey,
          contactLanguage: locale,
          completedOn: new Date(`${data.completedOn}T00:00:00Z`),
          partnerId: location.partnerId,
          locationId: location.id,
          ...createdBy(actor),
          createFingerprint: fingerprint ?? null,
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
      const queued = await queueEmail(tx, {
        ...email,
        now,
        referenceId: reference.id,
        partnerId: reference.partnerId,
        linkTokenHash: issued.tokenHash,
      });
      await tx.referenceRequest.update({ where: { id: reference.id }, data: { requestEmailId: queued.id } });
      return reference;
    },
    TX_OPTIONS,
  );
  if ("ok" in created) return created;
  return ok({ id: created.id, customerCompany: created.customerCompany });
}
