import "server-only";
import type { Prisma } from "../db/generated/client";
import { type Refusal, refuse } from "../result";
import { domainOf, isWithinDomains, normalizeAddress } from "./address";
import { isSuppressed } from "./suppression";
import { CONTACT_MESSAGES, OPEN_LIMITS } from "./wording";

type Tx = Prisma.TransactionClient;

// The message is also the contact field's error, so the form shows it beside the address.
const refusal = (message: string) => refuse("CONTACT_REFUSED", message, { contactEmail: [message] });

/**
 * Serialises every create and correction for one contact: the R18 counts read after this lock
 * see every request committed before it, so two simultaneous creates make one request.
 */
export async function lockContact(tx: Tx, contactKey: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`contact:${contactKey}`}, 0))`;
}

/**
 * R16 and R18 for a request to `address` from `partnerId`, inside the caller's transaction and
 * after lockContact. `exceptReferenceId` leaves out the request being corrected. The refusals
 * never name another partner.
 */
export async function contactRefusal(
  tx: Tx,
  {
    partnerId,
    address,
    exceptReferenceId,
  }: { partnerId: string; address: string; exceptReferenceId?: string },
): Promise<Refusal | null> {
  const key = normalizeAddress(address);
  const partner = await tx.partner.findUniqueOrThrow({
    where: { id: partnerId },
    select: { emailDomains: true, users: { select: { email: true } } },
  });
  const inside =
    isWithinDomains(domainOf(key), partner.emailDomains) ||
    partner.users.some((user) => normalizeAddress(user.email) === key);
  if (inside) return refusal(CONTACT_MESSAGES.insidePartner);
  if (await isSuppressed(tx, key)) return refusal(CONTACT_MESSAGES.suppressed);
  const others = exceptReferenceId ? { id: { not: exceptReferenceId } } : {};
  const fromPartner = await tx.referenceRequest.findFirst({
    where: { contactKey: key, status: "AWAITING_APPROVAL", partnerId, ...others },
    select: { id: true },
  });
  if (fromPartner) return refusal(CONTACT_MESSAGES.openFromPartner);
  const open = await tx.referenceRequest.findMany({
    where: { contactKey: key, status: "AWAITING_APPROVAL", ...others },
    select: { id: true },
    take: OPEN_LIMITS.overall,
  });
  if (open.length >= OPEN_LIMITS.overall) return refusal(CONTACT_MESSAGES.tooManyOpen);
  return null;
}
