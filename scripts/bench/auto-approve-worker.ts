import { closeDatabase } from "@/lib/db/client";
import { autoApproveDue, countStillDue } from "@/lib/references/auto-approve";

// One scheduler's view of a backlog: call what the cron route calls until nothing is due, and
// report the work (time inside the calls) and how many calls it took. Run in its own process so
// its DATABASE_URL is the copy it was given.

const now = new Date(process.argv[2] ?? Date.now());
let calls = 0;
let approved = 0;
let workMs = 0;
for (;;) {
  calls++;
  const started = performance.now();
  const run = await autoApproveDue({ now });
  const stillDue = await countStillDue({ now });
  workMs += performance.now() - started;
  approved += run.approved;
  if (stillDue === 0 || calls > 1000) break;
}
await closeDatabase();
process.stdout.write(`${JSON.stringify({ calls, approved, workMs })}\n`);
