import { describe, expect, it } from "vitest";
import { buildCreateReferenceSchema, cancelReferenceSchema } from "@/lib/references/schemas";
import { fieldErrorsOf } from "@/lib/result";

const now = new Date("2026-11-27T12:00:00Z");
const schema = buildCreateReferenceSchema(() => now);

const valid = {
  locationId: "loc_1",
  customerCompany: "Northwind Traders",
  contactName: "Nancy Davolio",
  contactEmail: "nancy@northwind.example",
  projectTitle: "Order system migration",
  projectDescription: "Moved the order system to the cloud.",
  projectType: "CLOUD_MIGRATION",
  completedOn: "2026-09-30",
};

function errorsFor(input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("R1: the create form's input", () => {
  it("R1: a complete request is accepted and trimmed", () => {
    const parsed = schema.parse({ ...valid, customerCompany: "  Northwind Traders  " });
    expect(parsed.customerCompany).toBe("Northwind Traders");
  });

  it.each([
    ["plainaddress"],
    ["@no-local.example"],
    ["two@@at.example"],
    ["spaces in@mail.example"],
    ["nodomain@"],
  ])("R1: the malformed email %s is refused with a clear message", (contactEmail) => {
    expect(errorsFor({ ...valid, contactEmail }).contactEmail).toEqual([
      "Enter a valid email address, such as name@company.com.",
    ]);
  });

  it("R1: empty and missing fields each say what to enter", () => {
    const errors = errorsFor({ ...valid, customerCompany: "   ", contactName: undefined, completedOn: "" });
    expect(errors.customerCompany).toEqual(["Enter the customer's company name."]);
    expect(errors.contactName).toEqual(["Enter the name of the customer contact."]);
    expect(errors.completedOn).toEqual(["Enter the date the project was completed."]);
  });

  it("R1: 10 000-character fields are refused with the limit named", () => {
    const long = "x".repeat(10_000);
    const errors = errorsFor({
      ...valid,
      customerCompany: long,
      projectTitle: long,
      projectDescription: long,
    });
    expect(errors.customerCompany).toEqual(["Use at most 200 characters for the customer's company name."]);
    expect(errors.projectTitle).toEqual(["Use at most 200 characters for the project title."]);
    expect(errors.projectDescription).toEqual([
      "Use at most 4000 characters for a short description of the project.",
    ]);
  });

  it("R1: the completion date must be a real date, not in the future", () => {
    expect(errorsFor({ ...valid, completedOn: "2026-11-28" }).completedOn).toEqual([
      "The completion date cannot be in the future.",
    ]);
    expect(errorsFor({ ...valid, completedOn: "2026-02-30" }).completedOn).toEqual([
      "Enter a real calendar date.",
    ]);
    expect(errorsFor({ ...valid, completedOn: "30/09/2026" }).completedOn).toEqual([
      "Enter the completion date as YYYY-MM-DD.",
    ]);
    expect(errorsFor({ ...valid, completedOn: "2026-11-27" })).toEqual({});
  });

  it("R9: an unknown project type is refused", () => {
    expect(errorsFor({ ...valid, projectType: "TIME_TRAVEL" }).projectType).toEqual([
      "Choose a project type from the list.",
    ]);
  });

  it("R1: input that is not an object is refused, not thrown", () => {
    expect(schema.safeParse(null).success).toBe(false);
    expect(schema.safeParse("text").success).toBe(false);
  });
});

describe("R12: the cancellation input", () => {
  it("R12: the program administrator's name is required", () => {
    const parsed = cancelReferenceSchema.safeParse({ programAdministrator: "  " });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(fieldErrorsOf(parsed.error).programAdministrator).toEqual([
        "Enter the name of the program administrator who asked for the cancellation.",
      ]);
    }
  });
});
