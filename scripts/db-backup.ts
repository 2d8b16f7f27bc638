// npm run db:backup -- FILE — a backup of DATABASE_URL (pg_dump, custom format) or of the embedded
// database (its data-directory dump). See docs/operations.md, "Backups".
import { targetFromEnv } from "../lib/db/config";
import { describeTarget } from "../lib/db/target";
import { backupDatabase } from "../lib/ops/backup";
import { fileArgument, runCommand } from "./support/command";

const file = fileArgument("db:backup");
const target = targetFromEnv();
await runCommand(async () => {
  await backupDatabase(target, file);
  console.log(`Backed up ${describeTarget(target)} to ${file}.`);
});
