import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { canSeeServiceCases } from "@/lib/auth/permissions";
import { assignAction } from "@/lib/references/row-actions";
import { serviceCenterOptions } from "@/lib/references/service-center-options";
import { parseCaseListQuery } from "@/lib/service-center/list-query";
import { agentActor, partnerUser } from "../support/actors";

const global = partnerUser({ isGlobalAdministrator: true });
const local = partnerUser({ adminLocationIds: ["munich"] });
const member = partnerUser({});

describe("R12: who may open the service center's case list", () => {
  it.each([
    ["a service-center agent", agentActor, true],
    ["a Global Administrator", global, true],
    ["a Local Administrator", local, true],
    ["a member without an admin role", member, false],
  ] as [string, Actor, boolean][])("R12: %s → %s", (_, actor, allowed) => {
    expect(canSeeServiceCases(actor)).toBe(allowed);
  });
});

describe("R6, R12: what a reference's page offers for the service center", () => {
  const awaiting = { partnerId: "contoso", locationId: "seattle", status: "AWAITING_APPROVAL" as const };
  const approved = { ...awaiting, status: "CUSTOMER_APPROVED" as const, competencyId: null };
  const actionsFor = (actor: Actor, row: typeof approved | typeof awaiting) => ({
    resend: null,
    assign: "competencyId" in row ? assignAction(actor, { ...row, lastSentAt: new Date() }) : null,
  });

  it("R12: only an agent cancels, and only an awaiting request", () => {
    const options = (actor: Actor, row: typeof approved | typeof awaiting) =>
      serviceCenterOptions(actor, { ...row, actions: actionsFor(actor, row) });
    expect(options(agentActor, awaiting)).toEqual({ cancel: true, askToCancel: false, askToAssign: false });
    expect(options(agentActor, approved).cancel).toBe(false);
    expect(options(global, awaiting)).toEqual({ cancel: false, askToCancel: true, askToAssign: false });
    expect(options(member, awaiting)).toEqual({ cancel: false, askToCancel: false, askToAssign: false });
  });

  it("R6: an administrator who may not assign is offered to ask the center; one who may, is not", () => {
    const options = (actor: Actor) =>
      serviceCenterOptions(actor, { ...approved, actions: actionsFor(actor, approved) });
    expect(options(local).askToAssign).toBe(true); // Munich's administrator, a Seattle reference
    expect(options(global).askToAssign).toBe(false);
    expect(options(member).askToAssign).toBe(false);
    expect(options(partnerUser({ partnerId: "fabrikam", isGlobalAdministrator: true })).askToAssign).toBe(
      false,
    );
  });
});

describe("the case list's query", () => {
  it("defaults to the open queue for agents and to all cases for partner administrators", () => {
    expect(parseCaseListQuery(agentActor, {})).toEqual({ view: "OPEN", page: 1, done: undefined });
    expect(parseCaseListQuery(global, {})).toEqual({ view: "ALL", page: 1, done: undefined });
  });

  it("reads status case-insensitively, the first of repeated values, and the done notice", () => {
    expect(
      parseCaseListQuery(agentActor, { status: ["resolved", "OPEN"], page: "3", done: "declined" }),
    ).toEqual({ view: "RESOLVED", page: 3, done: "declined" });
  });

  it("falls back to the defaults for hand-edited values instead of failing", () => {
    expect(parseCaseListQuery(agentActor, { status: "EVERYTHING", page: "-2", done: "<script>" })).toEqual({
      view: "OPEN",
      page: 1,
      done: undefined,
    });
    expect(parseCaseListQuery(global, { page: "1e9" }).page).toBe(1);
    expect(parseCaseListQuery(global, null)).toEqual({ view: "ALL", page: 1, done: undefined });
  });
});
