import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";
import { isUniqueViolation, violatedIndex } from "../users/db-errors";
import { inviteLimitRefusal, issueInvitation } from "../users/invite";
import { isAgent } from "../users/permissions";
import { ADMIN_MESSAGES } from "../users/wording";
import { domainsAtOnboarding } from "./domains";
import { dottedFieldErrors, onboardSchema, partnerNameSchema } from "./schemas";

class Rollback extends Error {
  constructor(readonly refusal: Extract<Result<unknown>, { ok: false }>) {
    super(refusal.message);
  }
}

/**
 * An agent onboards a partner: the partner, its first locations and an invitation for its first
 * Global Administrator, all in one transaction with their audit events and the invitation email.
 */
export async function onboardPartner(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ partnerId: string; name: string }>> {
  const { actor, now } = options;
  if (!isAgent(actor)) return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenAgent);
  const parsed = onboardSchema.safeParse(options.input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, dottedFieldErrors(parsed.error));
  const input = parsed.data;
  const db = await getDb();
  const [sameName, sameProgram] = await Promise.all([
    db.partner.findFirst({
      where: { name: { equals: input.name, mode: "insensitive" } },
      select: { id: true },
    }),
    db.partner.findUnique({ where: { programId: input.programId }, select: { id: true } }),
  ]);
  const duplicates: Record<string, string[]> = {};
  if (sameName) duplicates.name = [ADMIN_MESSAGES.duplicatePartnerName];
  if (sameProgram) duplicates.programId = [ADMIN_MESSAGES.duplicateProgramId];
  if (sameName || sameProgram) return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, duplicates);
  const limited = await inviteLimitRefusal(actor, input.adminEmail);
  if (limited) return limited;
  try {
    const partner = await db.$transaction(async (tx) => {
      const created = await tx.partner.create({
        data: {
          name: input.name,
          programId: input.programId,
          createdAt: now,
          // Decision 022: what a demo identity creates is demo data.
          isDemo: actor.isDemo === true,
          emailDomains: domainsAtOnboarding(input.adminEmail), // R16
          locations: { create: input.locations },
        },
        include: { locations: { select: { name: true, country: true } } },
      });
      await recordAudit(tx, {
        partnerId: created.id,
        kind: "PARTNER",
        action: "partner.onboarded",
        subjectId: created.id,
        subjectLabel: created.name,
        actor,
        at: now,
        before: null,
        after: { name: created.name, programId: created.programId, locations: created.locations },
      });
      const invited = await issueInvitation(tx, {
        actor,
        partner: { id: created.id, name: created.name, isDemo: created.isDemo },
        invite: {
          email: input.adminEmail,
          name: input.adminName,
          role: "GLOBAL_ADMINISTRATOR",
          locationIds: [],
        },
        now,
      });
      if (!invited.ok) {
        const fieldErrors = invited.fieldErrors?.email
          ? { adminEmail: invited.fieldErrors.email }
          : undefined;
        throw new Rollback(refuse("INVALID_INPUT", invited.message, fieldErrors));
      }
      return created;
    }, TX_OPTIONS);
    return ok({ partnerId: partner.id, name: partner.name });
  } catch (error) {
    if (error instanceof Rollback) return error.refusal;
    // Someone onboarded the same name, program ID or administrator at the same moment.
    if (isUniqueViolation(error)) return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, raced(error));
    throw error;
  }
}

function raced(error: unknown): Record<string, string[]> {
  const index = violatedIndex(error) ?? "";
  if (index.startsWith("Partner_") && index.includes("name"))
    return { name: [ADMIN_MESSAGES.duplicatePartnerName] };
  if (index.startsWith("Partner_")) return { programId: [ADMIN_MESSAGES.duplicateProgramId] };
  return { adminEmail: [ADMIN_MESSAGES.emailUnavailable] };
}

/** An agent renames a partner. */
export async function renamePartner(options: {
  actor: Actor;
  partnerId: string;
  name: unknown;
  now: Date;
}): Promise<Result<{ name: string }>> {
  const { actor, partnerId, now } = options;
  if (!isAgent(actor)) return refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenAgent);
  const parsed = partnerNameSchema.shape.name.safeParse(options.name);
  if (!parsed.success)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
      name: parsed.error.issues.map((i) => i.message),
    });
  const name = parsed.data;
  const db = await getDb();
  const clash = await db.partner.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, id: { not: partnerId } },
    select: { id: true },
  });
  if (clash)
    return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
      name: [ADMIN_MESSAGES.duplicatePartnerName],
    });
  try {
    return await db.$transaction(async (tx) => {
      const partner = await tx.partner.findUnique({ where: { id: partnerId }, select: { name: true } });
      if (!partner) return refuse("NOT_FOUND", ADMIN_MESSAGES.partnerNotFound);
      await tx.partner.update({ where: { id: partnerId }, data: { name } });
      await recordAudit(tx, {
        partnerId,
        kind: "PARTNER",
        action: "partner.renamed",
        subjectId: partnerId,
        subjectLabel: name,
        actor,
        at: now,
        before: { name: partner.name },
        after: { name },
      });
      return ok({ name });
    }, TX_OPTIONS);
  } catch (error) {
    if (isUniqueViolation(error))
      return refuse("INVALID_INPUT", ADMIN_MESSAGES.invalidInput, {
        name: [ADMIN_MESSAGES.duplicatePartnerName],
      });
    throw error;
  }
}
