import type { Actor } from "../auth/actor";
import { canAssign, canCreateOrResend } from "../auth/permissions";
import type { ReferenceStatus } from "../db/generated/enums";
import { isApproved } from "./assign-rules";
import { isResendDue, resendNotDueMessage } from "./timing";
import { MESSAGES } from "./wording";

// What THIS actor can do with one row of the Reference List, and why not (R3, R5, R6, R11). The
// actions apply the same rules when pressed; this only lets the page explain them up front.

export type ActionLabel = "Resend" | "Assign" | "Reassign";

export type ActionAvailability =
  | { allowed: true; label: ActionLabel }
  | { allowed: false; label: ActionLabel; reason: string };

export interface RowActions {
  resend: ActionAvailability | null;
  assign: ActionAvailability | null;
}

export interface ActionTarget {
  partnerId: string;
  locationId: string;
  status: ReferenceStatus;
  lastSentAt: Date;
  competencyId: string | null;
}

export function resendAction(actor: Actor, row: ActionTarget, now: Date): ActionAvailability | null {
  if (row.status !== "AWAITING_APPROVAL") return null;
  if (!canCreateOrResend(actor, row))
    return { allowed: false, label: "Resend", reason: MESSAGES.createForbidden };
  // The same words as the refusal when Resend is pressed too early (R3).
  if (!isResendDue(row.lastSentAt, now))
    return { allowed: false, label: "Resend", reason: resendNotDueMessage(row.lastSentAt) };
  return { allowed: true, label: "Resend" };
}

export function assignAction(actor: Actor, row: ActionTarget): ActionAvailability | null {
  if (!isApproved(row.status)) return null;
  const label = row.competencyId ? "Reassign" : "Assign";
  if (!canAssign(actor, row)) return { allowed: false, label, reason: MESSAGES.assignForbidden };
  return { allowed: true, label };
}

export function rowActions(actor: Actor, row: ActionTarget, now: Date): RowActions {
  return { resend: resendAction(actor, row, now), assign: assignAction(actor, row) };
}
