import type { PrismaClient } from "./db/generated/client";
import { env } from "./env";
import { startedByServerEntry } from "./http/client-address.mjs";
import { logger } from "./log/logger.mjs";

// What the server does once at start (instrumentation.ts, Node.js runtime only).

/**
 * Per-address abuse limits need the client's address (decision 021). In production it must come
 * from the project's server entry (`npm start`), which reads the connection, or from proxies the
 * operator declared; a bare `next start` would key every visitor as "unknown".
 */
function refuseUnknownClientAddresses(e: ReturnType<typeof env>): void {
  if (!e.isProduction || e.trustProxy > 0 || startedByServerEntry()) return;
  throw new Error(
    "Invalid environment configuration:\n  - TRUST_PROXY: the server must be started with `npm start` (server.mjs), which reads each client's address from its connection; behind a platform's own server, set TRUST_PROXY to the number of proxies in front of the app.",
  );
}

/** Fails fast on a bad environment, and prepares the embedded database (migrate + demo data). */
export async function start(options: {
  seedDemoData: (prisma: PrismaClient) => Promise<void>;
}): Promise<void> {
  let e: ReturnType<typeof env>;
  try {
    e = env();
    refuseUnknownClientAddresses(e);
  } catch (error) {
    // A server that starts with a bad setting answers 500 on every page (or, worse, mails links to
    // the wrong host): stop here instead, with the message naming the variable.
    logger().fatal(`startup: ${(error as Error).message}`);
    process.exit(1);
  }
  // next-auth reads NEXTAUTH_URL itself; give it the same default the rest of the app uses.
  process.env.NEXTAUTH_URL ||= e.appUrl;
  if (!e.embedded) return;
  const { database } = await import("./db/client");
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase(await database(), {
    seedIfEmpty: options.seedDemoData,
    log: (l) => logger().info(`db: ${l}`),
  });
}
