import { beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/audit/queries";
import { addCompetency, retireCompetency, updateRequirements } from "@/lib/competencies/catalog-admin";
import { getDb } from "@/lib/db/client";
import { addLocation, archiveLocation, renameLocation } from "@/lib/partners/locations";
import { onboardPartner, renamePartner } from "@/lib/partners/onboard";
import { inviteUser } from "@/lib/users/invite";
import { partnerDirectory } from "@/lib/users/queries";
import { changeRole, removeUser } from "@/lib/users/roles";
import { signOutEverywhere } from "@/lib/users/sessions";
import { ADMIN_MESSAGES } from "@/lib/users/wording";
import { adminCounts } from "../support/admin";
import { seedWorld, type World } from "../support/factories";

// Who may do which administrative change to Contoso, row by row (issue 9). The e2e suite asks the
// same over HTTP (tests/e2e/admin-permissions.spec.ts); this proves the rule and "nothing written".

const now = new Date("2026-12-01T09:00:00Z");
let world: World;
let n = 0;
beforeAll(async () => {
  world = await seedWorld();
});

type Who = keyof World["actors"];
const WHO: [string, Who][] = [
  ["service-center agent", "agent"],
  ["Global Administrator", "global"],
  ["Local Administrator", "seattle"],
  ["member", "member"],
  ["another partner's Global Administrator", "fabrikam"],
];

const fresh = () => `${++n}-${Math.random().toString(36).slice(2, 6)}`;
/** A throwaway Contoso member to act upon, so allowed calls do not change the demo people. */
async function contosoPerson() {
  const db = await getDb();
  return db.user.create({
    data: { email: `p${fresh()}@contoso.example`, name: "Pat", partnerId: world.contoso.id },
  });
}

type Case = {
  /** Writes what the call acts upon, before the "nothing written" snapshot. */
  prepare?: () => Promise<string>;
  run: (who: Who, target: string) => Promise<{ ok: boolean; code?: string; message?: string }>;
  allowed: Who[];
  refusal: string;
  /** What another partner's Global Administrator gets for a Contoso row: it does not exist for them. */
  hidden?: string;
};

const CASES: Record<string, Case> = {
  "onboard a partner": {
    allowed: ["agent"],
    refusal: ADMIN_MESSAGES.forbiddenAgent,
    run: (who) =>
      onboardPartner({
        actor: world.actors[who],
        input: {
          name: `P ${fresh()}`,
          programId: String(1000000 + n),
          locations: [{ name: "Oslo", country: "Norway" }],
          adminEmail: `ga${fresh()}@new.example`,
          adminName: "G",
        },
        now,
      }),
  },
  "rename a partner": {
    allowed: ["agent"],
    refusal: ADMIN_MESSAGES.forbiddenAgent,
    run: (who) =>
      renamePartner({ actor: world.actors[who], partnerId: world.contoso.id, name: "Contoso", now }),
  },
  "add a location": {
    allowed: ["agent", "global"],
    refusal: ADMIN_MESSAGES.forbiddenLocations,
    run: (who) =>
      addLocation({
        actor: world.actors[who],
        partnerId: world.contoso.id,
        input: { name: `L ${fresh()}`, country: "X" },
        now,
      }),
  },
  "rename a location": {
    allowed: ["global"],
    hidden: ADMIN_MESSAGES.locationNotFound,
    refusal: ADMIN_MESSAGES.forbiddenLocations,
    run: (who) =>
      renameLocation({
        actor: world.actors[who],
        locationId: world.location("Sydney").id,
        input: { name: "Sydney", country: "Australia" },
        now,
      }),
  },
  "archive a location": {
    allowed: ["global"],
    hidden: ADMIN_MESSAGES.locationNotFound,
    refusal: ADMIN_MESSAGES.forbiddenLocations,
    prepare: async () => {
      const added = await addLocation({
        actor: world.actors.global,
        partnerId: world.contoso.id,
        input: { name: `A ${fresh()}`, country: "X" },
        now,
      });
      if (!added.ok) throw new Error(added.message);
      return added.data.id;
    },
    run: (who, locationId) => archiveLocation({ actor: world.actors[who], locationId, now }),
  },
  // Another partner's Global Administrator invites into their own partner, never into Contoso.
  "invite a person": {
    allowed: ["global", "fabrikam"],
    refusal: ADMIN_MESSAGES.forbiddenUsers,
    run: (who) =>
      inviteUser({
        actor: world.actors[who],
        input: { email: `i${fresh()}@contoso.example`, name: "I", role: "MEMBER" },
        now,
      }),
  },
  // Issue 16: agents invite a partner's Global Administrators (a partner whose first invitation
  // expired is not stuck); its own Global Administrators may too; nobody else.
  "invite a Global Administrator for Contoso": {
    allowed: ["global", "agent"],
    refusal: ADMIN_MESSAGES.forbiddenUsers,
    run: (who) =>
      inviteUser({
        actor: world.actors[who],
        partnerId: world.contoso.id,
        input: { email: `g${fresh()}@contoso.example`, name: "G", role: "GLOBAL_ADMINISTRATOR" },
        now,
      }),
  },
  "change a role": {
    allowed: ["global"],
    hidden: ADMIN_MESSAGES.userNotFound,
    refusal: ADMIN_MESSAGES.forbiddenUsers,
    prepare: async () => (await contosoPerson()).id,
    run: (who, userId) => changeRole({ actor: world.actors[who], userId, input: { role: "MEMBER" }, now }),
  },
  "remove a person": {
    allowed: ["global"],
    hidden: ADMIN_MESSAGES.userNotFound,
    refusal: ADMIN_MESSAGES.forbiddenUsers,
    prepare: async () => (await contosoPerson()).id,
    run: (who, userId) => removeUser({ actor: world.actors[who], userId, now }),
  },
  "add a competency": {
    allowed: ["agent"],
    refusal: ADMIN_MESSAGES.forbiddenAgent,
    run: (who) =>
      addCompetency({
        actor: world.actors[who],
        input: { name: `C ${fresh()}`, silverRequired: 3, goldRequired: 5, projectTypes: ["DEVOPS"] },
        now,
      }),
  },
  "change a competency's requirements": {
    allowed: ["agent"],
    refusal: ADMIN_MESSAGES.forbiddenAgent,
    run: (who) =>
      updateRequirements({
        actor: world.actors[who],
        competencyId: world.competency("Security").id,
        input: { silverRequired: 2, goldRequired: 4, projectTypes: ["SECURITY"] },
        now,
      }),
  },
  "retire a competency": {
    allowed: ["agent"],
    refusal: ADMIN_MESSAGES.forbiddenAgent,
    prepare: async () => {
      const added = await addCompetency({
        actor: world.actors.agent,
        input: { name: `R ${fresh()}`, silverRequired: 1, goldRequired: 1, projectTypes: ["DEVOPS"] },
        now,
      });
      if (!added.ok) throw new Error(added.message);
      return added.data.id;
    },
    run: (who, competencyId) => retireCompetency({ actor: world.actors[who], competencyId, now }),
  },
  "read the activity": {
    allowed: ["agent", "global"],
    refusal: ADMIN_MESSAGES.forbiddenActivity,
    run: (who) => listActivity({ actor: world.actors[who], partnerId: world.contoso.id, filters: {} }),
  },
};

for (const [action, c] of Object.entries(CASES)) {
  describe(`who may ${action} (Contoso)`, () => {
    it.each(WHO)(`${action}: %s`, async (_label, who) => {
      const target = (await c.prepare?.()) ?? "";
      const before = await adminCounts();
      const result = await c.run(who, target);
      if (c.allowed.includes(who)) {
        expect(result).toMatchObject({ ok: true });
        return;
      }
      expect(result).toEqual(
        who === "fabrikam" && c.hidden
          ? { ok: false, code: "NOT_FOUND", message: c.hidden }
          : { ok: false, code: "FORBIDDEN", message: c.refusal },
      );
      expect(await adminCounts()).toEqual(before);
    });
  });
}

describe("who may sign out of every session and read the directory", () => {
  it.each(WHO)("sign out everywhere: %s may, for themselves only", async (_label, who) => {
    const result = await signOutEverywhere({ actor: world.actors[who], now: new Date(0) });
    expect(result.ok).toBe(true);
  });

  it.each(WHO)("directory of Contoso: %s", async (_label, who) => {
    const directory = await partnerDirectory({ actor: world.actors[who], partnerId: world.contoso.id });
    if (who === "fabrikam") expect(directory).toBeNull();
    else {
      expect(directory?.globalAdministrators).toEqual(["Dana Whitfield"]);
    }
  });
});
