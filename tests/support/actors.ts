import type { AgentActor, PartnerUserActor } from "@/lib/auth/actor";

// Actors without a database, for the pure permission tests.

export const partnerUser = (over: Partial<PartnerUserActor> = {}): PartnerUserActor => ({
  kind: "partner-user",
  userId: "u",
  name: "U",
  email: "u@contoso.example",
  partnerId: "contoso",
  partnerName: "Contoso",
  isGlobalAdministrator: false,
  adminLocationIds: [],
  ...over,
});

export const agentActor: AgentActor = { kind: "agent", userId: "a", name: "Alex", email: "a@rsc.example" };
