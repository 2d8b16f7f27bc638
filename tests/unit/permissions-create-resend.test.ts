import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canCancel, canCreateOrResend } from "@/lib/auth/permissions";
import { agentActor, partnerUser } from "../support/actors";

const user = partnerUser;
const agent = agentActor;

const seattleRequest = { partnerId: "contoso", locationId: "seattle" };

const rows: [string, Actor, boolean][] = [
  ["Global Administrator", user({ isGlobalAdministrator: true }), true],
  ["Local Administrator of Seattle", user({ adminLocationIds: ["seattle"] }), true],
  ["Local Administrator of Munich and Sydney", user({ adminLocationIds: ["munich", "sydney"] }), false],
  ["member", user({}), false],
  [
    "Global Administrator of another partner",
    user({ partnerId: "fabrikam", isGlobalAdministrator: true }),
    false,
  ],
  [
    "another partner's Local Administrator of a location with the same id",
    user({ partnerId: "fabrikam", adminLocationIds: ["seattle"] }),
    false,
  ],
  ["service-center agent", agent, false],
];

describe("R5: who may create and resend", () => {
  it.each(rows)("R5: %s → allowed %s", (_who, actor, allowed) => {
    expect(canCreateOrResend(actor, seattleRequest)).toBe(allowed);
  });
});

describe("R12: who may cancel", () => {
  it.each(rows)("R12: %s may not cancel unless an agent", (_who, actor) => {
    expect(canCancel(actor)).toBe(actor.kind === "agent");
  });
});
