import type { Actor } from "../auth/actor";
import { canCancel, canOpenCase } from "../auth/permissions";
import type { ReferenceStatus } from "../db/generated/enums";
import type { RowActions } from "./row-actions";

// What the Regional Service Center part of a reference's page offers THIS actor (R6, R12). The
// domain functions apply the same rules when a form is submitted; this lets the page show only
// what will be accepted.

export interface ServiceCenterOptions {
  /** An agent cancels an awaiting request at the request of a named program administrator. */
  cancel: boolean;
  /** A partner administrator asks the center to cancel an awaiting request. */
  askToCancel: boolean;
  /** A partner administrator who may not assign (R6) asks the center to assign on their behalf. */
  askToAssign: boolean;
}

export function serviceCenterOptions(
  actor: Actor,
  reference: { partnerId: string; status: ReferenceStatus; actions: RowActions },
): ServiceCenterOptions {
  const awaiting = reference.status === "AWAITING_APPROVAL";
  const mayAsk = canOpenCase(actor, reference.partnerId);
  return {
    cancel: awaiting && canCancel(actor),
    askToCancel: awaiting && mayAsk,
    askToAssign: mayAsk && reference.actions.assign?.allowed === false,
  };
}
