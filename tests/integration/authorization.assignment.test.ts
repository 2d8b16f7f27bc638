import { beforeAll, expect, it } from "vitest";
import { assignReference } from "@/lib/references/assign";
import { MESSAGES } from "@/lib/references/wording";
import type { RefusalCode, Result } from "@/lib/result";
import { openServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { insertReference, seedWorld, type World, writeSnapshot } from "../support/factories";

// R6 and R12 as a matrix: every action × every kind of person, one row each. The reference
// belongs to Contoso's Seattle location.

const now = new Date("2026-12-01T12:00:00Z");
let world: World;

beforeAll(async () => {
  world = await seedWorld();
});

type ActorKey = keyof World["actors"];
type Action = "assign" | "reassign" | "openServiceCase" | "resolveServiceCase";
type Expected = "allow" | RefusalCode;

const MATRIX: [Action, ActorKey, Expected][] = [
  ["assign", "global", "allow"],
  ["assign", "seattle", "allow"],
  ["assign", "munich", "FORBIDDEN_ASSIGN"],
  ["assign", "member", "FORBIDDEN_ASSIGN"],
  ["assign", "fabrikam", "NOT_FOUND"],
  ["assign", "agent", "allow"],
  ["reassign", "global", "allow"],
  ["reassign", "seattle", "allow"],
  ["reassign", "munich", "FORBIDDEN_ASSIGN"],
  ["reassign", "member", "FORBIDDEN_ASSIGN"],
  ["reassign", "fabrikam", "NOT_FOUND"],
  ["reassign", "agent", "allow"],
  ["openServiceCase", "global", "allow"],
  ["openServiceCase", "seattle", "allow"],
  ["openServiceCase", "munich", "allow"],
  ["openServiceCase", "member", "FORBIDDEN"],
  ["openServiceCase", "fabrikam", "NOT_FOUND"],
  ["openServiceCase", "agent", "FORBIDDEN"],
  ["resolveServiceCase", "global", "FORBIDDEN"],
  ["resolveServiceCase", "seattle", "FORBIDDEN"],
  ["resolveServiceCase", "munich", "FORBIDDEN"],
  ["resolveServiceCase", "member", "FORBIDDEN"],
  ["resolveServiceCase", "fabrikam", "FORBIDDEN"],
  ["resolveServiceCase", "agent", "allow"],
];

/** Sets the scene for one row and returns the action itself, so the check sees only its writes. */
async function prepare(action: Action, key: ActorKey): Promise<() => Promise<Result<unknown>>> {
  const actor = world.actors[key];
  const cloud = world.competency("Cloud Platform").id;
  const smb = world.competency("Small and Midmarket Cloud Solutions").id;
  if (action === "assign" || action === "reassign") {
    const ref = await insertReference(world, {
      status: "CUSTOMER_APPROVED",
      competency: action === "reassign" ? "Cloud Platform" : undefined,
    });
    const competencyId = action === "reassign" ? smb : cloud;
    return () => assignReference({ actor, referenceId: ref.id, competencyId, now });
  }
  const ref = await insertReference(world, { status: "CUSTOMER_APPROVED" });
  const input = {
    type: "ASSIGNMENT_HELP",
    referenceId: ref.id,
    message: "Please assign this one.",
    competencyId: cloud,
  };
  if (action === "openServiceCase") return () => openServiceCase({ actor, input, now });
  const opened = await openServiceCase({ actor: world.actors.global, input, now });
  if (!opened.ok) throw new Error(opened.message);
  return () => resolveServiceCase({ actor, caseId: opened.data.id, resolution: "Assigned as asked.", now });
}

it.each(MATRIX)("R6/R12: %s by %s → %s", async (action, key, expected) => {
  const act = await prepare(action, key);
  const before = await writeSnapshot();
  const result = await act();
  if (expected === "allow") {
    expect(result).toMatchObject({ ok: true });
    expect(await writeSnapshot()).not.toEqual(before);
    return;
  }
  expect(result).toMatchObject({ ok: false, code: expected });
  if (expected === "FORBIDDEN_ASSIGN")
    expect(result.ok === false && result.message).toBe(MESSAGES.assignForbidden);
  if (expected === "NOT_FOUND") expect(result.ok === false && result.message).toBe(MESSAGES.notFound);
  // A refusal writes nothing.
  expect(await writeSnapshot()).toEqual(before);
});
