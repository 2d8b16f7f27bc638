import "server-only";
import type { Prisma } from "../db/generated/client";

// R21: erasing one request's contact data. The request keeps its status, dates, company, project and
// competency (counts and history stay true); the contact's name and address leave every place they
// were written for it: the request's columns, its history entries, the emails and webhook messages
// about it, its service cases and audit entries. Free text is scrubbed where it names them, not dropped.

type Tx = Prisma.TransactionClient;

export const ERASED = "[erased]";
export { CONTACT_ERASED, isContactErased } from "./erased";

type ContactFields = { contactEmail?: unknown; contactName?: unknown };

/** Every name and address the request has carried: the current ones and those a correction replaced (R17). */
async function contactValues(tx: Tx, reference: { id: string; contactEmail: string; contactName: string }) {
  const values = new Set([reference.contactEmail, reference.contactName]);
  const corrections = await tx.referenceEvent.findMany({
    where: { referenceId: reference.id, type: "CONTACT_CORRECTED" },
    select: { before: true, after: true },
  });
  for (const event of corrections)
    for (const side of [event.before, event.after] as ContactFields[])
      for (const value of [side?.contactEmail, side?.contactName])
        if (typeof value === "string") values.add(value);
  // Too short to find safely in free text (a two-letter name would scrub unrelated words).
  return [...values].map((v) => v.trim()).filter((v) => v.length >= 3);
}

/** A PostgreSQL regular expression matching any of the values, case-insensitively with flag "gi". */
function alternation(values: string[]): string {
  return values.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/**
 * Erases the contact of one request in the caller's transaction. A conditional write: when two runs
 * (or an agent and the scheduled run) erase the same request, one does the work, the other nothing.
 */
export async function eraseReferenceContact(
  tx: Tx,
  reference: { id: string; contactEmail: string; contactName: string },
  now: Date,
): Promise<boolean> {
  const values = await contactValues(tx, reference);
  const won = await tx.referenceRequest.updateMany({
    where: { id: reference.id, contactErasedAt: null },
    data: { contactName: "", contactEmail: "", contactKey: "", contactErasedAt: now },
  });
  if (won.count === 0) return false;
  // Its links end with it: the customer's answer link and the withdraw link (R20 "until erased").
  await tx.responseToken.deleteMany({ where: { referenceId: reference.id } });
  await tx.withdrawToken.deleteMany({ where: { referenceId: reference.id } });
  if (values.length === 0) return true;
  const pattern = alternation(values);
  const scrub = (column: string) => `regexp_replace(${column}, $1, '${ERASED}', 'gi')`;
  const scrubJson = (column: string) => `regexp_replace(${column}::text, $1, '${ERASED}', 'gi')::jsonb`;
  await tx.$executeRawUnsafe(
    `UPDATE "ReferenceRequest" SET "deliveryFailure" = ${scrub('"deliveryFailure"')} WHERE id = $2`,
    pattern,
    reference.id,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "ReferenceEvent" SET "actorLabel" = ${scrub('"actorLabel"')}, note = ${scrub("note")},
       before = ${scrubJson("before")}, after = ${scrubJson("after")}
     WHERE "referenceId" = $2`,
    pattern,
    reference.id,
  );
  // The customer's own emails lose their bodies (they were the customer's); notices to the partner's
  // people keep theirs, scrubbed.
  await tx.$executeRawUnsafe(
    `UPDATE "OutboxEmail" SET "to" = ${scrub('"to"')}, subject = ${scrub("subject")},
       html = CASE WHEN "to" ~* $1 THEN '' ELSE ${scrub("html")} END,
       text = CASE WHEN "to" ~* $1 THEN '' ELSE ${scrub("text")} END,
       "lastError" = ${scrub('"lastError"')}
     WHERE "referenceId" = $2`,
    pattern,
    reference.id,
  );
  // Webhook messages still waiting carry the reference as it was (issue 19); settled ones are empty.
  await tx.$executeRawUnsafe(
    `UPDATE "WebhookMessage" SET body = ${scrub("body")}, "lastError" = ${scrub('"lastError"')}
     WHERE "referenceId" = $2`,
    pattern,
    reference.id,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "WebhookAttempt" SET response = ${scrub("response")}
     WHERE "messageId" IN (SELECT id FROM "WebhookMessage" WHERE "referenceId" = $2)`,
    pattern,
    reference.id,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "ServiceCase" SET message = ${scrub("message")}, resolution = ${scrub("resolution")}
     WHERE "referenceId" = $2`,
    pattern,
    reference.id,
  );
  await tx.$executeRawUnsafe(
    `UPDATE "AuditEvent" SET "subjectLabel" = ${scrub('"subjectLabel"')},
       before = ${scrubJson("before")}, after = ${scrubJson("after")}
     WHERE "subjectId" = $2
        OR "subjectId" IN (SELECT id FROM "ServiceCase" WHERE "referenceId" = $2)`,
    pattern,
    reference.id,
  );
  return true;
}
