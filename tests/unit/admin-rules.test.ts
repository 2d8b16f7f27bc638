import { describe, expect, it } from "vitest";
import { checkedValues, filledRows } from "@/lib/actions/form-lists";
import { requirementsSchema } from "@/lib/competencies/catalog-schemas";
import { inviteSchema } from "@/lib/users/schemas";
import { isSessionCurrent } from "@/lib/users/sessions";

describe("A4: requirement counts (pure)", () => {
  const parse = (silver: unknown, gold: unknown) =>
    requirementsSchema.safeParse({ silverRequired: silver, goldRequired: gold, projectTypes: ["DEVOPS"] })
      .success;
  it.each([
    [1, 1, true],
    [3, 5, true],
    [20, 20, true],
    [0, 5, false],
    [3, 21, false],
    [5, 4, false],
    [2.5, 5, false],
  ])("A4: silver %s, gold %s → valid %s", (silver, gold, valid) => {
    expect(parse(silver, gold)).toBe(valid);
  });
});

describe("A8: sessions (pure)", () => {
  const cut = new Date("2026-12-01T09:00:00Z");
  it("A8: a session is current only when it began after the last 'sign out everywhere'", () => {
    expect(isSessionCurrent(undefined, null)).toBe(true);
    expect(isSessionCurrent(cut.getTime() - 1, cut)).toBe(false);
    expect(isSessionCurrent(cut.getTime(), cut)).toBe(false);
    expect(isSessionCurrent(undefined, cut)).toBe(false);
    expect(isSessionCurrent(cut.getTime() + 1, cut)).toBe(true);
  });
});

describe("invitation input", () => {
  it("a Local Administrator needs a location; emails are trimmed and lower-cased", () => {
    expect(
      inviteSchema.safeParse({ email: "a@b.example", name: "A", role: "LOCAL_ADMINISTRATOR" }).success,
    ).toBe(false);
    const ok = inviteSchema.parse({
      email: " Ann@B.Example ",
      name: "Ann",
      role: "MEMBER",
      locationIds: ["x"],
    });
    expect(ok).toEqual({ email: "ann@b.example", name: "Ann", role: "MEMBER", locationIds: [] });
  });
});

describe("form lists", () => {
  it("decodes checkboxes and rows, leaving out blank rows", () => {
    expect(
      checkedValues({ "locationIds:a": "on", "locationIds:b": "on", other: "x" }, "locationIds"),
    ).toEqual(["a", "b"]);
    expect(
      filledRows(
        {
          "locations.1.name": "Lima",
          "locations.1.country": "Peru",
          "locations.0.name": "Oslo",
          "locations.0.country": "Norway",
          "locations.2.name": " ",
          "locations.2.country": "",
        },
        "locations",
        ["name", "country"],
      ),
    ).toEqual([
      { name: "Oslo", country: "Norway" },
      { name: "Lima", country: "Peru" },
    ]);
  });
});
