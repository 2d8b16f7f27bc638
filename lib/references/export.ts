import "server-only";
import type { Actor } from "../auth/actor";
import { PROJECT_TYPES } from "../competencies/project-types";
import { getDb } from "../db/client";
import { Prisma, type PrismaClient } from "../db/generated/client";
import { csvCellSql, csvLineSql, csvTimestampSql } from "./csv";
import { type ListFilters, listFiltersSchema } from "./list-filters";
import { type KeyRow, keysetOrder, keysetWhere, SORT_KEYS } from "./list-keyset";
import { LIST_ROWS_FROM } from "./list-rows";
import { referenceListWhere } from "./list-where";
import { STATUS_LABELS } from "./wording";

// The Reference List as CSV: the same where and order as the page (list-where.ts, list-keyset.ts),
// but every page, read in bounded batches so a large partner never sits in memory at once.

// Large enough that per-query overhead is small next to the rows, small enough to stay a few MB.
export const EXPORT_BATCH_SIZE = 5000;

export const EXPORT_HEADER = [
  "Customer",
  "Contact",
  "Contact email",
  "Project",
  "Project type",
  "Partner",
  "Location",
  "Status",
  "First sent",
  "Last sent",
  "Times sent",
  "Competency",
] as const;

/** Excel reads a CSV without it as the local code page and shows "MÃ¼ller" for "Müller". */
export const UTF8_BOM = "\uFEFF";

/**
 * A code's label. The labels are the product's own words (no cell needs quoting or neutralising,
 * tests/unit/export-labels.test.ts); an unknown code is exported as itself, as a checked cell.
 */
function labelSql(code: Prisma.Sql, labels: Record<string, string>): Prisma.Sql {
  const whens = Object.entries(labels).map(([k, label]) => Prisma.sql`WHEN ${k} THEN ${label}::text`);
  return Prisma.sql`CASE ${code} ${Prisma.join(whens, " ")} ELSE ${csvCellSql(code)} END`;
}

// Cells of one CSV line, over a list row (list-rows.ts: r with l, p, c).
function rowLineSql(projectTypes: Record<string, string>, statuses: Record<string, string>): Prisma.Sql {
  return csvLineSql([
    csvCellSql(Prisma.sql`r."customerCompany"`),
    csvCellSql(Prisma.sql`r."contactName"`),
    csvCellSql(Prisma.sql`r."contactEmail"`),
    csvCellSql(Prisma.sql`r."projectTitle"`),
    labelSql(Prisma.sql`r."projectType"`, projectTypes),
    csvCellSql(Prisma.sql`p.name`),
    csvCellSql(Prisma.sql`l.name`),
    labelSql(Prisma.sql`r.status::text`, statuses),
    csvTimestampSql(Prisma.sql`r."firstSentAt"`),
    csvTimestampSql(Prisma.sql`r."lastSentAt"`),
    Prisma.sql`r."sendCount"::text`,
    csvCellSql(Prisma.sql`c.name`),
  ]);
}

const ROW_LINE = rowLineSql(PROJECT_TYPES, STATUS_LABELS);

/**
 * The header and labels in the user's language (issue 21); without them, English as above. A
 * translated label is made a plain cell here, once (as csvCellSql would), since labelSql writes
 * labels as they are.
 */
export interface ExportLabels {
  header: readonly string[];
  statuses: Record<string, string>;
  projectTypes: Record<string, string>;
}

function plainCell(label: string): string {
  const quoted = /[",\r\n]/.test(label);
  const escaped = quoted ? label.replaceAll('"', '""') : label;
  if (/^[=+\-@\t\r]/.test(label)) return quoted ? `"'${escaped}"` : `'${label}`;
  return quoted ? `"${escaped}"` : label;
}

const plainCells = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([code, label]) => [code, plainCell(label)]));

/** The CSV of one batch: the first `limit` rows of `where` in the list's order. */
async function renderBatch(
  db: PrismaClient,
  where: Prisma.Sql,
  filters: ListFilters,
  limit: number,
  rowLine: Prisma.Sql,
) {
  const order = keysetOrder(filters);
  // ord numbers the rows as they are read in the list's order (the window shares the ORDER BY's
  // sort), so the aggregate orders by an integer instead of sorting the keys again.
  const [batch] = await db.$queryRaw<{ csv: string | null }[]>`
    SELECT string_agg(line, '' ORDER BY ord) AS csv FROM (
      SELECT ${rowLine} AS line, row_number() OVER (ORDER BY ${order}) AS ord
      ${LIST_ROWS_FROM}
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${limit}) AS batch`;
  return batch?.csv ?? "";
}

/** The sort keys of the batch's last row, or null when fewer than `limit` rows are left. */
async function batchEnd(
  db: PrismaClient,
  where: Prisma.Sql,
  filters: ListFilters,
  limit: number,
): Promise<KeyRow | null> {
  const [last] = await db.$queryRaw<KeyRow[]>`
    SELECT r.id, r."createdAt", r."lastSentAt", r.status::text AS status, r."customerCompany"
    FROM "ReferenceRequest" r
    WHERE ${where}
    ORDER BY ${keysetOrder(filters)}
    OFFSET ${limit - 1} LIMIT 1`;
  return last ?? null;
}

/** Batches rendered at the same time: the database has more than one core while Node streams. */
const IN_FLIGHT = 2;

/**
 * The filtered list as CSV, one string per batch: the UTF-8 BOM and header first, then each batch of
 * rows. Batches continue after the previous batch's last row (keyset, list-keyset.ts), so batch
 * 50 costs what batch 1 does and rows added meanwhile cannot shift it. Where each batch ends is
 * found first (sort keys only, cheap); the batches themselves — the list's own where and order
 * (list-where.ts) with the lines rendered by the database — run up to IN_FLIGHT at a time and are
 * yielded in order.
 */
export async function* exportReferencesCsv(options: {
  actor: Actor;
  filters: Partial<ListFilters>;
  now: Date;
  batchSize?: number;
  labels?: ExportLabels;
}): AsyncGenerator<string> {
  const { actor, labels } = options;
  // The export always starts at the top of the list, whatever page the user was on.
  const filters = {
    ...listFiltersSchema.parse(options.filters),
    after: undefined,
    before: undefined,
    from: undefined,
  };
  const batchSize = options.batchSize ?? EXPORT_BATCH_SIZE;
  const db = await getDb();
  const where = referenceListWhere(actor, filters);

  const rowLine = labels
    ? rowLineSql(plainCells(labels.projectTypes), plainCells(labels.statuses))
    : ROW_LINE;
  const headerCells = labels?.header ?? EXPORT_HEADER;
  const [header] = await db.$queryRaw<{ line: string }[]>`
    SELECT ${csvLineSql(headerCells.map((h) => csvCellSql(Prisma.sql`${h}`)))} AS line`;
  yield UTF8_BOM + header!.line;
  const pending: Promise<string>[] = [];
  let from = where;
  for (;;) {
    const rendering = renderBatch(db, from, filters, batchSize, rowLine);
    // Awaited in order below; if the download is abandoned first, its failure must not go unhandled.
    rendering.catch(() => {});
    pending.push(rendering);
    const end = await batchEnd(db, from, filters, batchSize);
    if (pending.length >= IN_FLIGHT || !end) {
      const csv = await pending.shift()!;
      if (csv) yield csv;
    }
    if (!end) break;
    from = Prisma.sql`${where} AND ${keysetWhere(
      filters,
      SORT_KEYS[filters.sort].map((k) => end[k]!),
      true,
    )}`;
  }
  for (const rendering of pending) {
    const csv = await rendering;
    if (csv) yield csv;
  }
}
