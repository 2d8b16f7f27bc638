import "server-only";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { TX_OPTIONS } from "../references/tx";
import { STATUS_LABELS } from "../references/wording";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { normalizeAddress } from "./address";
import { eraseReferenceContact } from "./erase";
import { personalDataSchema } from "./schemas";
import { contactHash } from "./suppression";

// R21 for one person: an agent finds everything held about one address across all partners,
// downloads it, and erases it. Both are audited with a keyed hash of the address, never the address.
// Found by indexed keys — the requests by their normalised contact key, the emails by recipient
// (lower("to")), the suppression by its keyed hash — plus the corrections (R17) that replaced an
// address, read from the CONTACT_CORRECTED history entries (a rare agent action; decision 084).

type Tx = Prisma.TransactionClient;

export const AGENTS_ONLY = "Only the Regional Service Center can do this.";
export const NOTHING_HELD =
  "Nothing is held about this address: no request, email or history entry names it.";

export type PersonalData = {
  address: string;
  requests: {
    id: string;
    partnerName: string;
    customerCompany: string;
    contactName: string;
    contactEmail: string;
    status: string;
    createdAt: string;
    decidedAt: string | null;
    history: { type: string; at: string; actor: string }[];
  }[];
  emails: { id: string; subject: string; template: string; status: string; createdAt: string }[];
  doNotAskAgain: boolean;
};

export type ErasureReport = { requests: number; emails: number; doNotAskAgainKept: boolean };

type Parsed = { actor: Actor; email: string } | Result<never>;

function parse(actor: Actor, input: unknown): Parsed {
  if (actor.kind !== "agent") return refuse("FORBIDDEN", AGENTS_ONLY);
  const parsed = personalDataSchema.safeParse(input);
  if (!parsed.success)
    return refuse("INVALID_INPUT", "Some fields need your attention.", fieldErrorsOf(parsed.error));
  return { actor, email: parsed.data.email };
}

/** Requests that name the address now, or named it before a correction (R17), across all partners. */
async function requestIdsFor(tx: Tx, email: string): Promise<string[]> {
  const key = normalizeAddress(email);
  const current = await tx.referenceRequest.findMany({ where: { contactKey: key }, select: { id: true } });
  const corrected = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT "referenceId" AS id FROM "ReferenceEvent"
    WHERE type = 'CONTACT_CORRECTED'
      AND (lower(before->>'contactEmail') = lower(${email}) OR lower(after->>'contactEmail') = lower(${email}))`;
  return [...new Set([...current, ...corrected].map((r) => r.id))];
}

async function emailsTo(tx: Tx, email: string) {
  return tx.$queryRaw<{ id: string; subject: string; template: string; status: string; createdAt: Date }[]>`
    SELECT id, subject, template, status::text AS status, "createdAt" FROM "OutboxEmail"
    WHERE lower("to") = lower(${email}) ORDER BY "createdAt" LIMIT 1000`;
}

async function collect(tx: Tx, email: string): Promise<PersonalData> {
  const ids = await requestIdsFor(tx, email);
  const requests = await tx.referenceRequest.findMany({
    where: { id: { in: ids } },
    include: {
      partner: { select: { name: true } },
      events: { orderBy: { createdAt: "asc" }, select: { type: true, createdAt: true, actorLabel: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const emails = await emailsTo(tx, email);
  const suppressed = await tx.contactSuppression.findUnique({ where: { keyHash: contactHash(email) } });
  return {
    address: email,
    requests: requests.map((r) => ({
      id: r.id,
      partnerName: r.partner.name,
      customerCompany: r.customerCompany,
      contactName: r.contactName,
      contactEmail: r.contactEmail,
      status: STATUS_LABELS[r.status],
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
      history: r.events.map((e) => ({ type: e.type, at: e.createdAt.toISOString(), actor: e.actorLabel })),
    })),
    emails: emails.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    doNotAskAgain: suppressed !== null,
  };
}

function audited(email: string) {
  const keyHash = contactHash(email);
  return { subjectId: keyHash, subjectLabel: `Contact ${keyHash.slice(0, 8)}…` };
}

/** What is held about one address (the page's search and the JSON download). Audited as an export. */
export async function findPersonalData(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<PersonalData>> {
  const parsed = parse(options.actor, options.input);
  if ("ok" in parsed) return parsed;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const data = await collect(tx, parsed.email);
    await recordAudit(tx, {
      partnerId: null,
      kind: "CONTACT",
      action: "contact.data_viewed",
      ...audited(parsed.email),
      actor: parsed.actor,
      at: options.now,
      after: { requests: data.requests.length, emails: data.emails.length },
    });
    return ok(data);
  }, TX_OPTIONS);
}

/**
 * Erases everything held about one address: each request's contact (its history, emails and cases
 * scrubbed, lib/customers/erase.ts), every other email to it, and the links it could still use. A
 * "do not ask me again" stays, as the keyed hash it already is (R18 needs it).
 */
export async function erasePersonalData(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<ErasureReport>> {
  const parsed = parse(options.actor, options.input);
  if ("ok" in parsed) return parsed;
  const { email } = parsed;
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ids = await requestIdsFor(tx, email);
    const requests = await tx.referenceRequest.findMany({
      where: { id: { in: ids } },
      select: { id: true, contactEmail: true, contactName: true, contactErasedAt: true },
    });
    // Counted before the requests' erasure scrubs the emails about them.
    const emails = await emailsTo(tx, email);
    const pending = requests.filter((r) => r.contactErasedAt === null);
    if (pending.length === 0 && emails.length === 0) return refuse("NOT_FOUND", NOTHING_HELD);
    let erased = 0;
    for (const reference of pending) {
      // A request whose current contact is someone else (the address was corrected away) keeps them.
      const current = normalizeAddress(reference.contactEmail) === normalizeAddress(email);
      if (current) {
        if (await eraseReferenceContact(tx, reference, options.now)) erased++;
      } else {
        await scrubRequestHistory(tx, reference.id, email);
        erased++;
      }
    }
    // Mail not yet sent to them is not sent; what was sent keeps its row (and dates), not its words.
    await tx.$executeRaw`
      DELETE FROM "OutboxEmail" WHERE lower("to") = lower(${email}) AND status = 'PENDING'`;
    await tx.$executeRaw`
      UPDATE "OutboxEmail" SET "to" = '[erased]', html = '', text = '', "lastError" = NULL
      WHERE lower("to") = lower(${email})`;
    const suppressed = await tx.contactSuppression.findUnique({ where: { keyHash: contactHash(email) } });
    const report = { requests: erased, emails: emails.length, doNotAskAgainKept: suppressed !== null };
    await recordAudit(tx, {
      partnerId: null,
      kind: "CONTACT",
      action: "contact.erased",
      ...audited(email),
      actor: parsed.actor,
      at: options.now,
      after: report,
    });
    return ok(report);
  }, TX_OPTIONS);
}

/** An old address in a corrected request's history (R17): replaced, the current contact kept. */
async function scrubRequestHistory(tx: Tx, referenceId: string, email: string) {
  const pattern = email.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await tx.$executeRaw`
    UPDATE "ReferenceEvent" SET
      before = regexp_replace(before::text, ${pattern}, '[erased]', 'gi')::jsonb,
      after = regexp_replace(after::text, ${pattern}, '[erased]', 'gi')::jsonb,
      "actorLabel" = regexp_replace("actorLabel", ${pattern}, '[erased]', 'gi')
    WHERE "referenceId" = ${referenceId}`;
  await tx.$executeRaw`
    UPDATE "OutboxEmail" SET html = regexp_replace(html, ${pattern}, '[erased]', 'gi'),
      text = regexp_replace(text, ${pattern}, '[erased]', 'gi')
    WHERE "referenceId" = ${referenceId}`;
}
