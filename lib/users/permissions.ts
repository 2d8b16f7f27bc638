import type { Actor } from "../auth/actor";

// Who may administer what (issue 9). Pure, so the pages, the actions and the tests share one answer.

/** Users, roles and locations of a partner: its Global Administrators. */
export function canAdministerPartner(actor: Actor, partnerId: string): boolean {
  return actor.kind === "partner-user" && actor.partnerId === partnerId && actor.isGlobalAdministrator;
}

/** Onboarding partners, renaming them and keeping the competency catalog: the Regional Service Center. */
export function isAgent(actor: Actor): boolean {
  return actor.kind === "agent";
}

/** Adding a location: the partner's Global Administrators or an agent. */
export function canAddLocation(actor: Actor, partnerId: string): boolean {
  return isAgent(actor) || canAdministerPartner(actor, partnerId);
}

/** The partner's activity (audit trail): its Global Administrators; agents see any partner's. */
export function canSeeActivity(actor: Actor, partnerId: string): boolean {
  return isAgent(actor) || canAdministerPartner(actor, partnerId);
}

/** Who administers which location: everyone of the partner (read-only), and agents. */
export function canSeeDirectory(actor: Actor, partnerId: string): boolean {
  return isAgent(actor) || (actor.kind === "partner-user" && actor.partnerId === partnerId);
}
