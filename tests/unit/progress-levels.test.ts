import { expect, it } from "vitest";
import { groupByCompetency, levelStatus } from "@/lib/competencies/levels";

it.each([
  [0, false, false],
  [2, false, false],
  [3, true, false],
  [4, true, false],
  [5, true, true],
  [9, true, true],
])("R10: with the default 3/5, %i references → silver %s, gold %s", (count, silver, gold) => {
  expect(levelStatus(count, { silverRequired: 3, goldRequired: 5 })).toEqual({
    count,
    silverMet: silver,
    goldMet: gold,
  });
});

it("R10: a competency's own requirements apply (Datacenter 4/8)", () => {
  expect(levelStatus(4, { silverRequired: 4, goldRequired: 8 })).toEqual({
    count: 4,
    silverMet: true,
    goldMet: false,
  });
  expect(levelStatus(8, { silverRequired: 4, goldRequired: 8 })).toEqual({
    count: 8,
    silverMet: true,
    goldMet: true,
  });
});

it("R8: each reference lands in exactly one competency's count; unassigned ones in none", () => {
  const refs = [
    { id: "a", competencyId: "cloud" },
    { id: "b", competencyId: "cloud" },
    { id: "c", competencyId: "security" },
    { id: "d", competencyId: null },
  ];
  const groups = groupByCompetency(refs);
  expect(Object.fromEntries([...groups].map(([k, v]) => [k, v.map((r) => r.id)]))).toEqual({
    cloud: ["a", "b"],
    security: ["c"],
  });
  const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
  expect(total).toBe(3);
});
