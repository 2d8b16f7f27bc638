import { BackupError } from "../../lib/ops/backup";

/** The one FILE argument of a command (`npm run NAME -- FILE`); a usage line and exit 2 without it. */
export function fileArgument(name: string): string {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) {
    console.error(`Usage: npm run ${name} -- FILE`);
    process.exit(2);
  }
  return file;
}

/** Runs a command's work: a refusal is one line and exit 1, never a stack trace. */
export async function runCommand(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
