// Runs once when the server starts: fail fast on a bad environment, and prepare the embedded
// database (migrate + demo data) so a fresh clone serves pages with no setup.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/env");
  const e = env();
  // next-auth reads NEXTAUTH_URL itself; give it the same default the rest of the app uses.
  process.env.NEXTAUTH_URL ||= e.appUrl;
  if (!e.embedded) return;
  const { database } = await import("./lib/db/client");
  const { prepareDatabase } = await import("./lib/db/bootstrap");
  // The seed is handed in from here, an entry point: lib/ never imports prisma/ (the seed calls lib/).
  const { seedDemoData } = await import("./prisma/demo-data");
  await prepareDatabase(await database(), {
    seedIfEmpty: (prisma) => seedDemoData(prisma, new Date()),
    log: (l) => console.log(`[db] ${l}`),
  });
}
