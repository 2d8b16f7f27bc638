import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canAssign } from "@/lib/auth/permissions";
import { type AssignTarget, decideAssign } from "@/lib/references/assign-rules";
import { assignAction, resendAction } from "@/lib/references/row-actions";
import { MESSAGES } from "@/lib/references/wording";
import { agentActor, partnerUser } from "../support/actors";

const user = partnerUser;
const agent = agentActor;

const reference: AssignTarget = {
  partnerId: "contoso",
  locationId: "seattle",
  status: "CUSTOMER_APPROVED",
  projectType: "CLOUD_MIGRATION",
  competencyId: null,
};
const cloudPlatform = {
  id: "cloud",
  name: "Cloud Platform",
  projectTypes: ["CLOUD_INFRASTRUCTURE", "CLOUD_MIGRATION"],
};

const rows: [string, Actor, boolean][] = [
  ["Global Administrator", user({ isGlobalAdministrator: true }), true],
  ["Local Administrator of Seattle", user({ adminLocationIds: ["seattle"] }), true],
  ["Local Administrator of Munich", user({ adminLocationIds: ["munich"] }), false],
  ["member", user({}), false],
  [
    "Global Administrator of another partner",
    user({ partnerId: "fabrikam", isGlobalAdministrator: true }),
    false,
  ],
  ["service-center agent", agent, true],
];

describe("R6: who may assign and reassign", () => {
  it.each(rows)("R6: %s → %s", (_, actor, allowed) => {
    expect(canAssign(actor, reference)).toBe(allowed);
    const refusal = decideAssign(actor, reference, cloudPlatform);
    expect(refusal).toEqual(
      allowed ? null : { ok: false, code: "FORBIDDEN_ASSIGN", message: MESSAGES.assignForbidden },
    );
    expect(assignAction(actor, { ...reference, lastSentAt: new Date() })).toEqual(
      allowed
        ? { allowed: true, label: "Assign" }
        : { allowed: false, label: "Assign", reason: MESSAGES.assignForbidden },
    );
  });
});

describe("R7, R9, R11: what may be assigned where", () => {
  const global = user({ isGlobalAdministrator: true });

  it.each(["AWAITING_APPROVAL", "CUSTOMER_REJECTED", "CANCELED"] as const)(
    "R7: %s is not assignable",
    (status) => {
      expect(decideAssign(global, { ...reference, status }, cloudPlatform)?.code).toBe("NOT_APPROVED");
      expect(assignAction(global, { ...reference, status, lastSentAt: new Date() })).toBeNull();
    },
  );

  it("R9: the refusal names the competency's eligible types in catalog order", () => {
    const refusal = decideAssign(global, { ...reference, projectType: "SECURITY" }, cloudPlatform);
    expect(refusal).toEqual({
      ok: false,
      code: "NOT_ELIGIBLE",
      message:
        "This reference's project type (Security assessment or deployment) is not eligible for Cloud Platform. Cloud Platform accepts: Migration to the cloud, Cloud infrastructure deployment.",
    });
  });

  it("R11: an assigned reference is offered Reassign, and the same competency is refused", () => {
    const assigned = { ...reference, competencyId: "other", lastSentAt: new Date() };
    expect(assignAction(global, assigned)).toEqual({ allowed: true, label: "Reassign" });
    expect(decideAssign(global, { ...reference, competencyId: "cloud" }, cloudPlatform)?.code).toBe(
      "SAME_COMPETENCY",
    );
  });
});

describe("R3/R5: the list's resend hint", () => {
  const seattle = user({ adminLocationIds: ["seattle"] });
  const awaiting = {
    ...reference,
    status: "AWAITING_APPROVAL" as const,
    lastSentAt: new Date("2026-11-26T10:00:00Z"),
  };

  it("R3: before seven days the row says when; at seven days exactly it is offered", () => {
    expect(resendAction(seattle, awaiting, new Date("2026-12-03T09:59:59.999Z"))).toEqual({
      allowed: false,
      label: "Resend",
      reason: "You can resend this request from 3 Dec 2026.",
    });
    expect(resendAction(seattle, awaiting, new Date("2026-12-03T10:00:00Z"))).toEqual({
      allowed: true,
      label: "Resend",
    });
  });

  it("R5: someone who may not resend is told why, whatever the date", () => {
    for (const actor of [user({ adminLocationIds: ["munich"] }), user({}), agent]) {
      expect(resendAction(actor, awaiting, new Date("2027-01-01T00:00:00Z"))).toEqual({
        allowed: false,
        label: "Resend",
        reason: MESSAGES.createForbidden,
      });
    }
  });
});
