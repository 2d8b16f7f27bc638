// Runs once when the server starts: fail fast on a bad environment, and prepare the embedded
// database (migrate + demo data) so a fresh clone serves pages with no setup.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  let e: ReturnType<typeof env>;
  try {
    e = env();
  } catch (error) {
    // A server that starts with a bad setting answers 500 on every page (or, worse, mails links to
    // the wrong host): stop here instead, with the message naming the variable.
    console.error(`[startup] ${(error as Error).message}`);
    process.exit(1);
  }
  // next-auth reads NEXTAUTH_URL itself; give it the same default the rest of the app uses.
  process.env.NEXTAUTH_URL ||= e.appUrl;
  if (!e.embedded) return;
  const { database } = await import("./lib/db/client");
  const { prepareDatabase } = await import("./lib/db/bootstrap");
  await prepareDatabase(await database(), { seedIfEmpty: true, log: (l) => console.log(`[db] ${l}`) });
}
