import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { cancelReference } from "@/lib/references/cancel";
import { createReference } from "@/lib/references/create";
import { resendReference } from "@/lib/references/resend";
import { MESSAGES } from "@/lib/references/wording";
import { DAY, insertReference, seedWorld, type World } from "../support/factories";
import { rowCounts, T0, validInput } from "../support/lifecycle";

// Bad input is refused with a clear message (field errors for fields) and writes nothing.

let world: World;
beforeAll(async () => {
  world = await seedWorld();
});

const long = "x".repeat(10_000);

async function refusedCreate(input: unknown) {
  const before = await rowCounts();
  const result = await createReference({ actor: world.actors.global, input, now: T0 });
  expect(await rowCounts()).toEqual(before);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("R1: bad input to create", () => {
  it.each(["not-an-email", "a@b", "a b@c.example", "<script>@x.example", ""])(
    "R1: the contact email %j is refused with a field error and nothing written",
    async (contactEmail) => {
      const result = await refusedCreate(validInput(world, { contactEmail }));
      expect(result.code).toBe("INVALID_INPUT");
      expect(result.message).toBe(MESSAGES.invalidInput);
      expect(result.fieldErrors?.contactEmail?.[0]).toMatch(/email address/);
    },
  );

  it("R1: empty fields are each named and nothing is written", async () => {
    const result = await refusedCreate({});
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      [
        "completedOn",
        "contactEmail",
        "contactName",
        "customerCompany",
        "locationId",
        "projectDescription",
        "projectTitle",
        "projectType",
      ].sort(),
    );
  });

  it("R1: 10 000-character fields are refused and nothing is written", async () => {
    const result = await refusedCreate(
      validInput(world, {
        customerCompany: long,
        contactName: long,
        projectTitle: long,
        projectDescription: long,
      }),
    );
    expect(result.fieldErrors).toMatchObject({
      customerCompany: ["Use at most 200 characters for the customer's company name."],
      contactName: ["Use at most 200 characters for the name of the customer contact."],
      projectTitle: ["Use at most 200 characters for the project title."],
      projectDescription: ["Use at most 4000 characters for a short description of the project."],
    });
  });

  it("R1: an unknown location is refused as a field error", async () => {
    const result = await refusedCreate(validInput(world, { locationId: "c0000000000000000000000000" }));
    expect(result).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { locationId: ["Choose a location from the list."] },
    });
  });

  it("R5: another partner's location is refused with the R5 message", async () => {
    const result = await refusedCreate(validInput(world, { locationId: world.location("Lisbon").id }));
    expect(result).toEqual({ ok: false, code: "FORBIDDEN_CREATE", message: MESSAGES.createForbidden });
  });

  it("R1: input that is not an object is refused, not thrown", async () => {
    for (const input of [null, undefined, "text", 42, []]) {
      expect((await refusedCreate(input)).code).toBe("INVALID_INPUT");
    }
  });
});

describe("R3/R12: unknown and foreign ids", () => {
  const ids = ["c0000000000000000000000000", "", '\'; DROP TABLE "ReferenceRequest"; --', long];

  it.each(ids.map((id) => [id.slice(0, 30), id]))(
    "R3: resend of the id %j is not found and writes nothing",
    async (_s, id) => {
      const before = await rowCounts();
      expect(await resendReference({ actor: world.actors.global, referenceId: id, now: T0 })).toEqual({
        ok: false,
        code: "NOT_FOUND",
        message: MESSAGES.notFound,
      });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it.each(ids.map((id) => [id.slice(0, 30), id]))(
    "R12: cancel of the id %j is not found and writes nothing",
    async (_s, id) => {
      const before = await rowCounts();
      const result = await cancelReference({
        actor: world.actors.agent,
        referenceId: id,
        programAdministrator: "Dana",
        now: T0,
      });
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: MESSAGES.notFound });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("R5: Contoso's administrator cannot resend Fabrikam's request; it answers as not found", async () => {
    const fabrikamRequest = await insertReference(world, {
      location: "Lisbon",
      firstSentAt: new Date(T0.getTime() - 9 * DAY),
    });
    const before = await rowCounts();
    expect(
      await resendReference({ actor: world.actors.global, referenceId: fabrikamRequest.id, now: T0 }),
    ).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: MESSAGES.notFound,
    });
    expect(await rowCounts()).toEqual(before);
    const db = await getDb();
    expect(
      (await db.referenceRequest.findUniqueOrThrow({ where: { id: fabrikamRequest.id } })).sendCount,
    ).toBe(1);
  });

  it("R12: a 10 000-character program administrator name or note is refused", async () => {
    const request = await insertReference(world);
    const before = await rowCounts();
    const result = await cancelReference({
      actor: world.actors.agent,
      referenceId: request.id,
      programAdministrator: long,
      note: long,
      now: T0,
    });
    expect(result).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: {
        programAdministrator: [
          "Use at most 200 characters for the name of the program administrator who asked for the cancellation.",
        ],
        note: ["Use at most 1000 characters for the note."],
      },
    });
    expect(await rowCounts()).toEqual(before);
  });
});
