import type { Database } from "./connect";
import type { PrismaClient } from "./generated/client";
import { migrate } from "./migrate";

/**
 * Makes a database usable: applies pending migrations, then, when `seedIfEmpty` is given and the
 * database has no partner yet, fills it with that function. The caller supplies the seed (the
 * demo data lives in prisma/, which lib/ never imports); a PostgreSQL server is never seeded
 * implicitly.
 */
export async function prepareDatabase(
  database: Database,
  options: { seedIfEmpty?: (prisma: PrismaClient) => Promise<void>; log?: (line: string) => void },
): Promise<void> {
  const session = await database.openSession();
  try {
    await migrate(session, { log: options.log });
  } finally {
    await session.close();
  }
  if (options.seedIfEmpty && (await database.prisma.partner.count()) === 0) {
    await options.seedIfEmpty(database.prisma);
    options.log?.("Loaded the demo data");
  }
}
