import "server-only";
import type { PartnerUserActor } from "../auth/actor";
import { getDb } from "../db/client";
import { assignReference } from "../references/assign";
import { createReference } from "../references/create";
import { resendReference } from "../references/resend";
import { MESSAGES } from "../references/wording";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { type ApiReferenceDetail, assignBodySchema, createReferenceBodySchema } from "./contract";
import { createKeyFor, fingerprintOf, IDEMPOTENCY_REUSED } from "./idempotency";
import { apiGetReference } from "./references";

// The API's changes: each one is the page's own domain function (lib/references) with the key's
// actor, answered with the reference as GET /api/v1/references/{id} shows it afterwards.

type Written = Result<{ reference: ApiReferenceDetail; replayed: boolean }>;

/** The create an earlier call with this Idempotency-Key made, or a refusal if its body differed. */
async function earlierCreate(createKey: string, fingerprint: string) {
  const db = await getDb();
  const found = await db.referenceRequest.findUnique({
    where: { createKey },
    select: { id: true, createFingerprint: true },
  });
  if (!found) return null;
  return found.createFingerprint === fingerprint
    ? ok(found.id)
    : refuse("INVALID_INPUT", IDEMPOTENCY_REUSED, { "Idempotency-Key": [IDEMPOTENCY_REUSED] });
}

/** R1, R5, R16, R18 through createReference; one reference per Idempotency-Key. */
export async function apiCreateReference(options: {
  actor: PartnerUserActor & { apiKeyId: string };
  idempotencyKey: string;
  body: unknown;
  now: Date;
}): Promise<Written> {
  const { actor, now } = options;
  const createKey = createKeyFor(actor.apiKeyId, options.idempotencyKey);
  const fingerprint = fingerprintOf(options.body);
  const earlier = await earlierCreate(createKey, fingerprint);
  if (earlier && !earlier.ok) return earlier;
  if (earlier) return answer(actor, earlier.data, now, true);

  const parsed = createReferenceBodySchema(() => now).safeParse(options.body);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const created = await createReference({
    actor,
    input: { ...parsed.data, createKey },
    now,
    fingerprint,
  });
  if (!created.ok) return created;
  // A simultaneous call with the same key may have won the unique index with another body.
  const settled = await earlierCreate(createKey, fingerprint);
  if (settled && !settled.ok) return settled;
  return answer(actor, created.data.id, now, false);
}

/** R3, R5. */
export async function apiResendReference(options: {
  actor: PartnerUserActor;
  referenceId: string;
  now: Date;
}): Promise<Written> {
  const resent = await resendReference(options);
  if (!resent.ok) return resent;
  return answer(options.actor, options.referenceId, options.now, false);
}

/** R6–R11; `expectedCompetencyId` makes the change conditional on what the caller last saw. */
export async function apiAssignReference(options: {
  actor: PartnerUserActor;
  referenceId: string;
  body: unknown;
  now: Date;
}): Promise<Written> {
  const parsed = assignBodySchema.safeParse(options.body);
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  const assigned = await assignReference({
    actor: options.actor,
    referenceId: options.referenceId,
    competencyId: parsed.data.competencyId,
    expectedCompetencyId: parsed.data.expectedCompetencyId,
    now: options.now,
  });
  if (!assigned.ok) return assigned;
  return answer(options.actor, options.referenceId, options.now, false);
}

async function answer(actor: PartnerUserActor, id: string, now: Date, replayed: boolean): Promise<Written> {
  const reference = await apiGetReference({ actor, id, now });
  return reference.ok ? ok({ reference: reference.data, replayed }) : reference;
}
