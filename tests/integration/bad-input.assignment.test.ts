import { beforeAll, expect, it } from "vitest";
import { eligibleCompetencies } from "@/lib/competencies/eligible";
import { assignReference } from "@/lib/references/assign";
import { getReferenceDetail } from "@/lib/references/detail";
import { MESSAGES } from "@/lib/references/wording";
import { declineServiceCase, openServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { insertReference, seedWorld, type World, writeSnapshot } from "../support/factories";

// Whatever arrives from a form or a hand-made request: a clear refusal, and nothing written.

const now = new Date("2026-12-01T12:00:00Z");
const LONG = "x".repeat(10_000);
let world: World;
let approvedId: string;
let awaitingId: string;
let fabrikamId: string;
let caseId: string;

beforeAll(async () => {
  world = await seedWorld();
  approvedId = (await insertReference(world, { status: "CUSTOMER_APPROVED" })).id;
  awaitingId = (await insertReference(world, { status: "AWAITING_APPROVAL" })).id;
  fabrikamId = (await insertReference(world, { status: "CUSTOMER_APPROVED", location: "Lisbon" })).id;
  const opened = await openServiceCase({
    actor: world.actors.global,
    input: { type: "ASSIGNMENT_HELP", referenceId: approvedId },
    now,
  });
  if (!opened.ok) throw new Error(opened.message);
  caseId = opened.data.id;
});

const notFound = { ok: false, code: "NOT_FOUND", message: MESSAGES.notFound };
const cloud = () => world.competency("Cloud Platform").id;

async function expectNothingWritten(run: () => Promise<unknown>, expected: unknown) {
  const before = await writeSnapshot();
  expect(await run()).toMatchObject(expected as object);
  expect(await writeSnapshot()).toEqual(before);
}

const badReferenceIds: [string, () => string][] = [
  ["an empty reference id", () => ""],
  ["a 10 000-character reference id", () => LONG],
  ["an unknown reference id", () => "ckunknownreference0000000"],
  ["another partner's reference id", () => fabrikamId],
];

it.each(badReferenceIds)("R6: assigning with %s is refused as not found", async (_, referenceId) => {
  await expectNothingWritten(
    () =>
      assignReference({ actor: world.actors.global, referenceId: referenceId(), competencyId: cloud(), now }),
    notFound,
  );
  expect(await eligibleCompetencies({ actor: world.actors.global, referenceId: referenceId() })).toEqual(
    notFound,
  );
  expect(await getReferenceDetail({ actor: world.actors.global, referenceId: referenceId(), now })).toEqual(
    notFound,
  );
});

it.each([
  ["an empty competency id", ""],
  ["a 10 000-character competency id", LONG],
  ["an unknown competency id", "ckunknowncompetency000000"],
])("R9: assigning to %s asks to choose from the list", async (_, competencyId) => {
  await expectNothingWritten(
    () => assignReference({ actor: world.actors.global, referenceId: approvedId, competencyId, now }),
    {
      ok: false,
      code: "INVALID_INPUT",
      message: MESSAGES.invalidInput,
      fieldErrors: { competencyId: ["Choose a competency from the list."] },
    },
  );
});

const badCaseInputs: [string, () => unknown, string][] = [
  ["no input at all", () => null, "_form"],
  ["a string instead of a form", () => "CANCELLATION", "_form"],
  ["an unknown case type", () => ({ type: "REFUND", referenceId: approvedId }), "type"],
  ["an empty reference id", () => ({ type: "ASSIGNMENT_HELP", referenceId: "" }), "referenceId"],
  [
    "a 10 000-character message",
    () => ({ type: "ASSIGNMENT_HELP", referenceId: approvedId, message: LONG }),
    "message",
  ],
  [
    "a 10 000-character program administrator",
    () => ({ type: "CANCELLATION", referenceId: awaitingId, programAdministrator: LONG }),
    "programAdministrator",
  ],
];

it.each(badCaseInputs)("R12: opening a case with %s names the field to fix", async (_, input, field) => {
  const before = await writeSnapshot();
  const result = await openServiceCase({ actor: world.actors.global, input: input(), now });
  expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: MESSAGES.invalidInput });
  expect(result.ok === false && Object.keys(result.fieldErrors ?? {})).toContain(field);
  expect(await writeSnapshot()).toEqual(before);
});

it.each(badReferenceIds.slice(1))("R12: opening a case about %s is refused", async (_, referenceId) => {
  const expected = referenceId().length > 64 ? { ok: false, code: "INVALID_INPUT" } : notFound;
  await expectNothingWritten(
    () =>
      openServiceCase({
        actor: world.actors.global,
        input: { type: "ASSIGNMENT_HELP", referenceId: referenceId() },
        now,
      }),
    expected,
  );
});

it("R12: resolving or declining with unknown ids or oversize text is refused, the case stays open", async () => {
  const agent = world.actors.agent;
  const unknown = { ok: false, code: "NOT_FOUND", message: "This case does not exist." };
  await expectNothingWritten(
    () => resolveServiceCase({ actor: agent, caseId: "ckunknowncase", now }),
    unknown,
  );
  await expectNothingWritten(
    () => declineServiceCase({ actor: agent, caseId: "ckunknowncase", reason: "x", now }),
    unknown,
  );
  for (const bad of ["", LONG]) {
    await expectNothingWritten(() => resolveServiceCase({ actor: agent, caseId: bad, now }), {
      code: "INVALID_INPUT",
      fieldErrors: { caseId: ["Choose a case."] },
    });
  }
  await expectNothingWritten(
    () => resolveServiceCase({ actor: agent, caseId, resolution: LONG, competencyId: cloud(), now }),
    {
      code: "INVALID_INPUT",
      fieldErrors: { resolution: ["Use at most 2000 characters for the resolution."] },
    },
  );
  await expectNothingWritten(() => declineServiceCase({ actor: agent, caseId, reason: LONG, now }), {
    code: "INVALID_INPUT",
    fieldErrors: { reason: ["Use at most 2000 characters for the reason."] },
  });
  await expectNothingWritten(
    () => resolveServiceCase({ actor: agent, caseId, competencyId: "ckunknowncompetency", now }),
    { code: "INVALID_INPUT", fieldErrors: { competencyId: ["Choose a competency from the list."] } },
  );
});
