import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { cancelReference } from "@/lib/references/cancel";
import { createReference } from "@/lib/references/create";
import { parseListFilters } from "@/lib/references/list-filters";
import { listReferences } from "@/lib/references/queries";
import { MESSAGES } from "@/lib/references/wording";
import { openServiceCase } from "@/lib/service-center/cases";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";
import { insertReference, seedWorld, type World } from "../support/factories";
import { rowCounts, T0, validInput } from "../support/lifecycle";

// Text PostgreSQL cannot store (a NUL byte) or that is not text at all (a lone UTF-16 surrogate)
// is refused with a field message and writes nothing, instead of failing inside a query.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const BAD = { nul: "Contoso\u0000Ltd", loneHigh: "Contoso \uD800 Ltd", loneLow: "\uDC00Contoso" };
const TEXT_FIELDS = [
  "locationId",
  "customerCompany",
  "contactName",
  "contactEmail",
  "projectTitle",
  "projectDescription",
  "completedOn",
] as const;

async function refusedCreate(input: unknown) {
  const before = await rowCounts();
  const result = await createReference({ actor: world.actors.global, input, now: T0 });
  expect(await rowCounts()).toEqual(before);
  if (result.ok) throw new Error("expected a refusal");
  expect(result.code).toBe("INVALID_INPUT");
  expect(result.message).toBe(MESSAGES.invalidInput);
  return result;
}

describe("R1: text that cannot be stored", () => {
  for (const field of TEXT_FIELDS) {
    for (const [kind, value] of Object.entries(BAD)) {
      it(`R1: ${kind} in ${field} is refused with a field message and nothing is written`, async () => {
        const result = await refusedCreate(validInput(world, { [field]: value }));
        expect(result.fieldErrors?.[field]).toEqual([UNSAFE_TEXT_MESSAGE]);
      });
    }
  }

  it("R1: a valid surrogate pair (an emoji) is ordinary text and accepted", async () => {
    const result = await createReference({
      actor: world.actors.global,
      input: validInput(world, { customerCompany: "Contoso 🚀 Rockets" }),
      now: T0,
    });
    expect(result).toMatchObject({ ok: true, data: { customerCompany: "Contoso 🚀 Rockets" } });
  });
});

describe("R1: the completion date is a real day from 1990 on", () => {
  it.each(["0000-01-01", "1989-12-31", "0001-02-03"])(
    "R1: completion date %s is refused with a field message and nothing is written",
    async (completedOn) => {
      const result = await refusedCreate(validInput(world, { completedOn }));
      expect(result.fieldErrors?.completedOn).toEqual(["Enter a completion date from 1 Jan 1990 on."]);
    },
  );

  it("R1: 1 Jan 1990 itself is accepted", async () => {
    const result = await createReference({
      actor: world.actors.global,
      input: validInput(world, { completedOn: "1990-01-01" }),
      now: T0,
    });
    expect(result.ok).toBe(true);
  });
});

describe("R12: service-center text that cannot be stored", () => {
  it("R12: a NUL byte in a case message is refused as a field error and nothing is written", async () => {
    const reference = await insertReference(world);
    const result = await openServiceCase({
      actor: world.actors.global,
      input: {
        type: "CANCELLATION",
        referenceId: reference.id,
        message: "x\u0000",
        programAdministrator: "Dana",
      },
      now: T0,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { message: [UNSAFE_TEXT_MESSAGE] },
    });
  });

  it("R12: a lone surrogate in the cancelling administrator's name is refused", async () => {
    const reference = await insertReference(world);
    const before = await rowCounts();
    const result = await cancelReference({
      actor: world.actors.agent,
      referenceId: reference.id,
      programAdministrator: "Dana \uD83D",
      now: T0,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: { programAdministrator: [UNSAFE_TEXT_MESSAGE] },
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("Reference List: filters that cannot be searched for", () => {
  it.each([
    ["q", "\u0000"],
    ["q", "abc\uDFFF"],
    ["locationId", "x\u0000"],
    ["partnerId", "\u0000"],
    ["competencyId", "\uD800"],
  ])("the list ignores %s=%j instead of failing the query", async (key, value) => {
    const filters = parseListFilters({ [key]: value });
    expect(filters[key as keyof typeof filters]).toBeUndefined();
    await expect(listReferences({ actor: world.actors.agent, filters, now: T0 })).resolves.toBeTruthy();
  });
});

describe("database outage", () => {
  it("an unreachable database is recognised as an outage; a constraint violation is not", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({
        connectionString: "postgresql://postgres@127.0.0.1:1/none",
        connectionTimeoutMillis: 2000,
      }),
    });
    const outage = await unreachable.user.count().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(outage)).toBe(true);
    await unreachable.$disconnect();

    const { getDb } = await import("@/lib/db/client");
    const db = await getDb();
    const clash = await db.partner.create({ data: { name: "Contoso" } }).catch((e: unknown) => e);
    expect(clash).toMatchObject({ code: "P2002" });
    expect(isDatabaseUnavailable(clash)).toBe(false);
  });
});
