import type { PrismaClient } from "./db/generated/client";
import { env } from "./env";

// What the server does once at start (instrumentation.ts, Node.js runtime only).

/** Fails fast on a bad environment, and prepares the embedded database (migrate + demo data). */
export async function start(options: {
  seedDemoData: (prisma: PrismaClient) => Promise<void>;
}): Promise<void> {
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
  const { database } = await import("./db/client");
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase(await database(), {
    seedIfEmpty: options.seedDemoData,
    log: (l) => console.log(`[db] ${l}`),
  });
}
