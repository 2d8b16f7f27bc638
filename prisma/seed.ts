// npm run db:seed — loads the demo data into DATABASE_URL or the embedded database (migrating first).
import { prepareDatabase } from "../lib/db/bootstrap";
import { database as appDatabase, closeDatabase } from "../lib/db/client";
import { targetFromEnv } from "../lib/db/config";
import { describeTarget } from "../lib/db/target";
import { seedDemoData } from "./demo-data";

const target = targetFromEnv();
// The app's own database handle, so the domain functions that create the demo references use it too.
const database = await appDatabase();
try {
  await prepareDatabase(database, {});
  if ((await database.prisma.partner.count()) > 0) {
    console.log(`${describeTarget(target)} already has data; the demo data was not loaded.`);
  } else {
    await seedDemoData(database.prisma, new Date());
    console.log(`Loaded the demo data into ${describeTarget(target)}.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
