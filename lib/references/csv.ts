import { Prisma } from "../db/generated/client";

// CSV cells per RFC 4180, made safe to open in a spreadsheet — written as SQL, because the export
// has the database render its lines (export.ts): at 100 000 rows, building them row by row in
// JavaScript cost several times what PostgreSQL's own COPY does (docs/performance.md).

/**
 * A text expression as one CSV cell. A cell starting with = + - @ tab or CR is run as a formula by
 * Excel and friends (CSV injection): a leading apostrophe makes it plain text. A cell holding a
 * quote, comma or line break is quoted, its quotes doubled. NULL is the empty cell.
 */
export function csvCellSql(value: Prisma.Sql): Prisma.Sql {
  const v = Prisma.sql`(${value})::text`;
  const needsQuotes = Prisma.sql`(strpos(${v}, '"') > 0 OR strpos(${v}, ',') > 0
    OR strpos(${v}, E'\\n') > 0 OR strpos(${v}, E'\\r') > 0)`;
  const quoted = Prisma.sql`replace(${v}, '"', '""') || '"'`;
  // Almost every cell is plain: one regular expression settles it; the rest runs only otherwise.
  // ascii() is the first character's code: = + - @ tab CR.
  return Prisma.sql`CASE WHEN ${v} !~ '^[=+\\-@\t\r]|[",\r\n]' THEN ${v}
    WHEN ${v} IS NULL THEN ''
    WHEN ascii(${v}) IN (61, 43, 45, 64, 9, 13) THEN
      CASE WHEN ${needsQuotes} THEN '"''' || ${quoted} ELSE '''' || ${v} END
    ELSE '"' || ${quoted} END`;
}

/** A timestamp cell as ISO 8601 in UTC with milliseconds ("2026-12-03T10:00:00.000Z"). */
export function csvTimestampSql(value: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`;
}

/** One record from cells already rendered by the helpers above, CRLF-terminated as RFC 4180 asks. */
export function csvLineSql(cells: Prisma.Sql[]): Prisma.Sql {
  return Prisma.sql`concat_ws(',', ${Prisma.join(cells, ", ")}) || E'\\r\\n'`;
}
