import { describe, expect, it } from "vitest";
import { sortByName } from "@/lib/i18n/collate";

// Issue 21: names sorted as the reader's language sorts them; English keeps the database's order.

const names = (list: { name: string }[]) => list.map((x) => x.name);
const items = ["Zürich", "Österreich Süd", "Oslo", "Århus", "Ärzteverbund", "Aachen", "oberhausen"].map(
  (name) => ({
    name,
  }),
);

describe("sortByName", () => {
  it("German puts umlauts with their letter and ignores case", () => {
    expect(names(sortByName(items, "de", (x) => x.name))).toEqual([
      "Aachen",
      "Århus",
      "Ärzteverbund",
      "oberhausen",
      "Oslo",
      "Österreich Süd",
      "Zürich",
    ]);
  });

  it("numbers in names sort by value, not by digit", () => {
    const labs = ["Lab 10", "Lab 9", "Lab 100"].map((name) => ({ name }));
    expect(names(sortByName(labs, "fr", (x) => x.name))).toEqual(["Lab 9", "Lab 10", "Lab 100"]);
  });

  it("English keeps the order it was given (the database's), and never sorts in place", () => {
    const copy = sortByName(items, "en", (x) => x.name);
    expect(names(copy)).toEqual(names(items));
    expect(copy).not.toBe(items);
  });
});
