import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { findByToken, LINK_NOT_VALID } from "../references/respond";
import { TX_OPTIONS } from "../references/tx";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { liftSuppressionSchema } from "./schemas";
import { contactHash, suppress } from "./suppression";

// R18 "Do not ask me again": the customer asks through their link (POST only; opening the link
// never acts), an agent lifts it at the customer's written request.

/** The customer's wish, through any link of theirs that still works. Asking twice changes nothing. */
export async function doNotAskAgain({ token, now }: { token: string; now: Date }): Promise<Result> {
  const reference = await findByToken(token);
  if (!reference) return refuse("NOT_FOUND", LINK_NOT_VALID);
  const db = await getDb();
  await db.$transaction((tx) => suppress(tx, reference.contactEmail, now), TX_OPTIONS);
  return ok(undefined);
}

export const NOT_SUPPRESSED = "This address has not asked not to receive reference requests.";

/** Agents only, with a note saying where the customer's written request is. Audited without the address. */
export async function liftSuppression({
  actor,
  input,
  now,
}: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ keyPrefix: string }>> {
  if (actor.kind !== "agent") return refuse("FORBIDDEN", "Only the Regional Service Center can do this.");
  const parsed = liftSuppressionSchema.safeParse(input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", "Some fields need your attention.", fieldErrorsOf(parsed.error));
  const keyHash = contactHash(parsed.data.email);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { count } = await tx.contactSuppression.deleteMany({ where: { keyHash } });
    if (count === 0) return refuse("NOT_FOUND", NOT_SUPPRESSED, { email: [NOT_SUPPRESSED] });
    const keyPrefix = keyHash.slice(0, 12);
    await recordAudit(tx, {
      partnerId: null,
      kind: "CONTACT",
      action: "contact.suppression_lifted",
      subjectId: keyHash,
      subjectLabel: `Contact ${keyPrefix}…`,
      actor,
      at: now,
      before: { doNotAsk: true },
      after: { doNotAsk: false, note: parsed.data.note },
    });
    return ok({ keyPrefix });
  }, TX_OPTIONS);
}
