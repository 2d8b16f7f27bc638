import { getDb } from "@/lib/db/client";

// R13: "a copy of the database must not let anyone answer for a customer or sign in". Looks for a
// value in every text and JSON column of every table, so a new column cannot be forgotten.

export type Hit = { table: string; column: string; rows: number };

export async function findInAnyColumn(value: string): Promise<Hit[]> {
  const db = await getDb();
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema()
      AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
    ORDER BY table_name, column_name`;
  if (columns.length < 10) throw new Error(`expected the app's tables, found ${columns.length} text columns`);
  const hits: Hit[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos("${column}"::text, $1) > 0`,
      value,
    );
    if (row && row.n > 0) hits.push({ table, column, rows: row.n });
  }
  return hits;
}
