import { seedDemoData } from "../../prisma/demo-data";
import type { Database } from "./connect";
import { migrate } from "./migrate";

/**
 * Makes the embedded database usable on first start: applies pending migrations, then fills an
 * empty database with the demo data. A PostgreSQL server is never seeded implicitly.
 */
export async function prepareDatabase(
  database: Database,
  options: { seedIfEmpty: boolean; log?: (line: string) => void },
): Promise<void> {
  const session = await database.openSession();
  try {
    await migrate(session, { log: options.log });
  } finally {
    await session.close();
  }
  if (options.seedIfEmpty && (await database.prisma.partner.count()) === 0) {
    await seedDemoData(database.prisma, new Date());
    options.log?.("Loaded the demo data");
  }
}
