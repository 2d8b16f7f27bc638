import "server-only";
import type { Actor } from "../auth/actor";
import { canCancel } from "../auth/permissions";
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { ReferenceStatus } from "../db/generated/enums";
import { fieldErrorsOf, ok, type Result, refuse } from "../result";
import { recordEvent } from "./events";
import { autoApproveOverdueWithin } from "./overdue";
import { cancelReferenceSchema } from "./schemas";
import { TX_OPTIONS } from "./tx";
import { isPlausibleId, visibleReferenceWhere } from "./visible";
import { MESSAGES } from "./wording";

// R12: only a Regional Service Center agent cancels, only an awaiting request, and only with the
// name of the partner's program administrator who asked; the CANCELED event keeps that name.

export const CANCEL_FORBIDDEN =
  "Only the Regional Service Center can cancel a reference request. Ask them to cancel it on your behalf.";

export type CancelOptions = {
  actor: Actor;
  referenceId: string;
  programAdministrator: string;
  note?: string;
  now: Date;
};

export async function cancelReference(options: CancelOptions): Promise<Result<{ status: ReferenceStatus }>> {
  const db = await getDb();
  return db.$transaction((tx) => cancelReferenceInTransaction(tx, options), TX_OPTIONS);
}

/** The same, inside the caller's transaction (e.g. resolving a service-center case with it). */
export async function cancelReferenceInTransaction(
  tx: Prisma.TransactionClient,
  { actor, referenceId, programAdministrator, note, now }: CancelOptions,
): Promise<Result<{ status: ReferenceStatus }>> {
  if (!canCancel(actor)) return refuse("FORBIDDEN", CANCEL_FORBIDDEN);
  const parsed = cancelReferenceSchema.safeParse({ programAdministrator, note });
  if (!parsed.success) return refuse("INVALID_INPUT", MESSAGES.invalidInput, fieldErrorsOf(parsed.error));
  if (!isPlausibleId(referenceId)) return refuse("NOT_FOUND", MESSAGES.notFound);
  const reference = await tx.referenceRequest.findFirst({ where: visibleReferenceWhere(actor, referenceId) });
  if (!reference) return refuse("NOT_FOUND", MESSAGES.notFound);
  // R4 at the moment of use (decision 031): six weeks after the first send it is auto-approved
  // now, and the cancel below then finds it final.
  await autoApproveOverdueWithin(tx, { now, scope: { referenceId: reference.id } });

  const won = await tx.referenceRequest.updateMany({
    where: { id: reference.id, status: "AWAITING_APPROVAL" },
    data: { status: "CANCELED", decidedAt: now },
  });
  if (won.count === 0) {
    const current = await tx.referenceRequest.findUniqueOrThrow({ where: { id: reference.id } });
    return refuse("ALREADY_FINAL", MESSAGES.alreadyFinal(current.status));
  }
  const asker = parsed.data.programAdministrator;
  await recordEvent(tx, {
    referenceId: reference.id,
    type: "CANCELED",
    actor,
    at: now,
    before: { status: "AWAITING_APPROVAL" },
    after: { status: "CANCELED", decidedAt: now.toISOString(), programAdministrator: asker },
    note: parsed.data.note
      ? `Canceled at the request of ${asker}. ${parsed.data.note}`
      : `Canceled at the request of ${asker}.`,
  });
  return ok({ status: "CANCELED" as ReferenceStatus });
}
