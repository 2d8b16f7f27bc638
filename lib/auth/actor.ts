// Who is asking. Every domain function takes one of these explicitly; pages and actions build it
// from the session with loadActor(), tests build it from factories.
export type PartnerUserActor = {
  kind: "partner-user";
  userId: string;
  name: string;
  email: string;
  partnerId: string;
  partnerName: string;
  isGlobalAdministrator: boolean;
  /** Locations this user is Local Administrator of. */
  adminLocationIds: string[];
  /** A demo user (decision 022): what they create is demo data. */
  isDemo?: boolean;
  /**
   * Set when an API key acts (issue 19): `userId` then names no person, so nothing stores it as a
   * user; events and audit entries carry the key's name and prefix as their actor label.
   */
  apiKeyId?: string;
  /** Their chosen portal language (lib/i18n/portal.ts); null until they choose. */
  locale?: string | null;
};

export type AgentActor = {
  kind: "agent";
  userId: string;
  name: string;
  email: string;
  isDemo?: boolean;
  locale?: string | null;
};

/** The scheduled job. */
export type SystemActor = { kind: "system" };

export type Actor = PartnerUserActor | AgentActor;
export type AnyActor = Actor | SystemActor;

export function isPartnerAdmin(actor: Actor): boolean {
  return actor.kind === "partner-user" && (actor.isGlobalAdministrator || actor.adminLocationIds.length > 0);
}
