import { type Actor, isPartnerAdmin } from "./actor";

// Pure decisions about who may do what (rules R5, R6, R12). The queries apply the same rules in
// their `where` (visibility); the domain functions call these before they write.

/** Which partner's rows this actor may see: one partner, or all of them (agents). */
export function visiblePartnerId(actor: Actor): string | "all" {
  return actor.kind === "agent" ? "all" : actor.partnerId;
}

export function canSeePartner(actor: Actor, partnerId: string): boolean {
  return actor.kind === "agent" || actor.partnerId === partnerId;
}

/** R5: a Global Administrator of the partner, or a Local Administrator of the location. */
export function canCreateOrResend(actor: Actor, target: { partnerId: string; locationId: string }): boolean {
  if (actor.kind !== "partner-user" || actor.partnerId !== target.partnerId) return false;
  return actor.isGlobalAdministrator || actor.adminLocationIds.includes(target.locationId);
}

/** R6: as R5 for the location where the request was created, or a service-center agent. */
export function canAssign(actor: Actor, target: { partnerId: string; locationId: string }): boolean {
  return actor.kind === "agent" || canCreateOrResend(actor, target);
}

/** R12: only agents cancel, and only at the request of a named program administrator. */
export function canCancel(actor: Actor): boolean {
  return actor.kind === "agent";
}

/** R12: partner administrators (global or local) may open service-center cases for their partner. */
export function canOpenCase(actor: Actor, partnerId: string): boolean {
  return actor.kind === "partner-user" && actor.partnerId === partnerId && isPartnerAdmin(actor);
}

/**
 * R12: the service-center case list is for agents (who work the cases) and partner administrators
 * (who open them); a member can do neither, so the page refuses them.
 */
export function canSeeServiceCases(actor: Actor): boolean {
  return actor.kind === "agent" || isPartnerAdmin(actor);
}
