// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.

import { targetFromEnv } from "../lib/db/config";
import { migrate } from "../lib/db/migrate";
import { openSession } from "../lib/db/sql";
import { describeTarget } from "../lib/db/target";
import { env } from "../lib/env";

const target = targetFromEnv();
env();
const session = await openSession(target);
try {
  const applied = await migrate(session, { log: (line) => console.log(line) });
  console.log(
    applied.length === 0
      ? `${describeTarget(target)} is up to date.`
      : `Applied ${applied.length} migration(s) to ${describeTarget(target)}.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await session.close();
}
