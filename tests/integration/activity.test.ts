import { beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/audit/queries";
import { addLocation } from "@/lib/partners/locations";
import { createReference } from "@/lib/references/create";
import { openServiceCase } from "@/lib/service-center/cases";
import { changeRole } from "@/lib/users/roles";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { insertReference, seedWorld, type World } from "../support/factories";
import { validInput } from "../support/lifecycle";

// A7: the partner's activity shows references, roles, locations and cases, newest first, filtered
// by kind and person, in keyset pages.

const t = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute));
let world: World;
beforeAll(async () => {
  world = await seedWorld();
  const a = world.actors;
  await createReference({ actor: a.seattle, input: validInput(world), now: t(1) });
  await addLocation({
    actor: a.global,
    partnerId: world.contoso.id,
    input: { name: "Quito", country: "Ecuador" },
    now: t(2),
  });
  await changeRole({
    actor: a.global,
    userId: a.member.userId,
    input: { role: "LOCAL_ADMINISTRATOR", locationIds: [world.location("Sydney").id] },
    now: t(3),
  });
  const approved = await insertReference(world, { status: "CUSTOMER_APPROVED" });
  await openServiceCase({
    actor: a.seattle,
    input: { type: "ASSIGNMENT_HELP", referenceId: approved.id, message: "Please help" },
    now: t(4),
  });
  await addLocation({
    actor: a.fabrikam,
    partnerId: world.fabrikam.id,
    input: { name: "Porto", country: "Portugal" },
    now: t(5),
  });
});

describe("A7: activity", () => {
  it("A7: newest first, every kind, only this partner's", async () => {
    const page = await listActivity({ actor: world.actors.global, partnerId: world.contoso.id, filters: {} });
    if (!page.ok) throw new Error(page.message);
    const seen = page.data.rows.map((r) => `${r.kind}:${r.action}`);
    expect(seen).toEqual([
      "CASE:case.opened",
      "USER:user.role_changed",
      "LOCATION:location.added",
      "REFERENCE:SENT",
      "REFERENCE:CREATED",
    ]);
    expect(page.data.rows.map((r) => r.subject).join()).not.toContain("Porto");
    expect(page.data.rows[1]).toMatchObject({
      before: { role: "Member" },
      after: { role: "Local Administrator of Sydney" },
    });
  });

  it("A7: filtered by kind and by person", async () => {
    const roles = await listActivity({
      actor: world.actors.agent,
      partnerId: world.contoso.id,
      filters: { kind: "USER" },
    });
    expect(roles.ok && roles.data.rows.map((r) => r.action)).toEqual(["user.role_changed"]);
    const bySam = await listActivity({
      actor: world.actors.global,
      partnerId: world.contoso.id,
      filters: { personId: world.actors.seattle.userId },
    });
    expect(bySam.ok && bySam.data.rows.map((r) => r.action)).toEqual(["case.opened", "SENT", "CREATED"]);
  });

  it("A7: keyset pages walk every row once, newest first", async () => {
    const all: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listActivity({
        actor: world.actors.global,
        partnerId: world.contoso.id,
        filters: { cursor },
        pageSize: 2,
      });
      if (!page.ok) throw new Error(page.message);
      all.push(...page.data.rows.map((r) => r.id));
      if (!page.data.next) break;
      cursor = page.data.next;
    }
    expect(all).toHaveLength(5);
    expect(new Set(all).size).toBe(5);
  });

  it.each([
    ["Local Administrator", "seattle"],
    ["member", "member"],
    ["another partner's Global Administrator", "fabrikam"],
  ] as const)("A7: a %s cannot read Contoso's activity", async (_label, who) => {
    expect(
      await listActivity({ actor: world.actors[who], partnerId: world.contoso.id, filters: {} }),
    ).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: ADMIN_MESSAGES.forbiddenActivity,
    });
  });
});
