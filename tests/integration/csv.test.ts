import { expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { csvCellSql, csvLineSql, csvTimestampSql } from "@/lib/references/csv";

// The export's CSV is rendered by the database (lib/references/csv.ts): each case runs the SQL.

async function cell(value: string | null): Promise<string> {
  const db = await getDb();
  const [row] = await db.$queryRaw<
    { cell: string }[]
  >`SELECT ${csvCellSql(Prisma.sql`${value}::text`)} AS cell`;
  return row!.cell;
}

it.each([
  ["plain", "Contoso", "Contoso"],
  ["comma", "Smith, Jo", '"Smith, Jo"'],
  ["quotes doubled", 'The "best"', '"The ""best"""'],
  ["line break", "a\nb", '"a\nb"'],
  ["carriage return", "a\rb", '"a\rb"'],
  ["empty", "", ""],
  ["missing", null, ""],
  ["accents kept", "Müller & Søn", "Müller & Søn"],
  ["a formula character later in the text", "R&D = 5", "R&D = 5"],
])("Export: RFC 4180 quoting — %s", async (_, value, expected) => {
  expect(await cell(value)).toBe(expected);
});

it.each([
  ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
  ["+1 555", "'+1 555"],
  ["-2+3", "'-2+3"],
  ["@cmd", "'@cmd"],
  ["\tTab", "'\tTab"],
  ["\rReturn", '"\'\rReturn"'],
  ['=HYPERLINK("http://x", "y")', '"\'=HYPERLINK(""http://x"", ""y"")"'],
])("Export: a cell starting like a formula is made text — %s", async (value, expected) => {
  expect(await cell(value)).toBe(expected);
});

it("Export: dates in UTC with milliseconds, missing ones empty; lines end in CRLF", async () => {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ line: string }[]>`
    SELECT ${csvLineSql([
      csvCellSql(Prisma.sql`${"a"}::text`),
      csvTimestampSql(Prisma.sql`${new Date("2026-12-03T10:00:00Z")}::timestamptz`),
      csvTimestampSql(Prisma.sql`NULL::timestamptz`),
      Prisma.sql`${2}::int::text`,
    ])} AS line`;
  expect(row!.line).toBe("a,2026-12-03T10:00:00.000Z,,2\r\n");
});
