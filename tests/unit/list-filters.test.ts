import { expect, it } from "vitest";
import { LIST_PAGE_SIZE, parseListFilters } from "@/lib/references/list-filters";
import { escapeLike } from "@/lib/references/list-where";

const defaults = {
  status: undefined,
  locationId: undefined,
  competencyId: undefined,
  partnerId: undefined,
  assigned: undefined,
  q: undefined,
  sort: "created",
  dir: "desc",
  after: undefined,
  before: undefined,
  from: undefined,
};

it("List: no parameters give the defaults, 20 to a page", () => {
  expect(parseListFilters({})).toEqual(defaults);
  expect(parseListFilters(undefined)).toEqual(defaults);
  expect(LIST_PAGE_SIZE).toBe(20);
});

it("List: valid parameters are kept, trimmed, first of repeated ones wins", () => {
  expect(
    parseListFilters({
      status: "CUSTOMER_APPROVED",
      locationId: " loc1 ",
      competencyId: "c1",
      assigned: "no",
      q: "  contoso  ",
      sort: ["customer", "status"],
      dir: "asc",
      after: "abc",
      from: "2026-05-04",
    }),
  ).toEqual({
    ...defaults,
    status: "CUSTOMER_APPROVED",
    locationId: "loc1",
    competencyId: "c1",
    assigned: "no",
    q: "contoso",
    sort: "customer",
    dir: "asc",
    after: "abc",
    from: "2026-05-04",
  });
});

it("List: hand-edited nonsense falls back to defaults instead of failing", () => {
  expect(
    parseListFilters({
      status: "approved",
      locationId: "x".repeat(500),
      assigned: "maybe",
      q: "   ",
      sort: "id; DROP TABLE",
      dir: "up",
      after: "c".repeat(401),
      from: "2026-13-45",
    }),
  ).toEqual(defaults);
  for (const from of ["yesterday", "", "2026-1-1", "2026-02-30x"]) {
    expect(parseListFilters({ from }).from).toBeUndefined();
  }
  expect(parseListFilters({ q: "y".repeat(5000) }).q).toHaveLength(200);
});

it("List: % and _ in a search are matched literally", () => {
  expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
});
