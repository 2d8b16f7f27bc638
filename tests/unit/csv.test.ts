import { expect, it } from "vitest";
import { csvCell, csvLine } from "@/lib/references/csv";

it.each([
  ["plain", "Contoso", "Contoso"],
  ["comma", "Smith, Jo", '"Smith, Jo"'],
  ["quotes doubled", 'The "best"', '"The ""best"""'],
  ["line break", "a\nb", '"a\nb"'],
  ["carriage return", "a\rb", '"a\rb"'],
  ["empty", "", ""],
])("Export: RFC 4180 quoting — %s", (_, value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

it.each([
  ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
  ["+1 555", "'+1 555"],
  ["-2+3", "'-2+3"],
  ["@cmd", "'@cmd"],
  ["\tTab", "'\tTab"],
  ['=HYPERLINK("http://x", "y")', '"\'=HYPERLINK(""http://x"", ""y"")"'],
])("Export: a cell starting like a formula is made text — %s", (value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

it("Export: numbers, dates and missing values; lines end in CRLF", () => {
  expect(csvCell(3)).toBe("3");
  expect(csvCell(new Date("2026-12-03T10:00:00Z"))).toBe("2026-12-03T10:00:00.000Z");
  expect(csvCell(null)).toBe("");
  expect(csvLine(["a", null, 2])).toBe("a,,2\r\n");
});
