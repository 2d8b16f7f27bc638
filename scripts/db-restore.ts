// npm run db:restore -- FILE — restores a backup made by db:backup into DATABASE_URL or the embedded
// database, which must be empty. Run `npm run db:migrate` afterwards when the code is newer.
import { targetFromEnv } from "../lib/db/config";
import { describeTarget } from "../lib/db/target";
import { restoreDatabase } from "../lib/ops/backup";
import { fileArgument, runCommand } from "./support/command";

const file = fileArgument("db:restore");
const target = targetFromEnv();
await runCommand(async () => {
  await restoreDatabase(target, file);
  console.log(`Restored ${file} into ${describeTarget(target)}.`);
});
