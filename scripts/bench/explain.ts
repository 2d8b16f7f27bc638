import { spawn } from "node:child_process";

/** Prints the query plans (explain-worker.ts) in a process whose DATABASE_URL is the bench database. */
export function explainPlans(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "node_modules/.bin/tsx",
      ["--import", "./scripts/support/server-only-hook.mjs", "scripts/bench/explain-worker.ts"],
      { env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: "bench" }, stdio: "inherit" },
    );
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`explain worker exited ${code}`))));
  });
}
