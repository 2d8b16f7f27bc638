import "server-only";
import { onShutdown } from "../http/lifecycle.mjs";
import { targetFromEnv } from "./config";
import { type Database, openDatabase } from "./connect";
import type { PrismaClient } from "./generated/client";

// One database per process, kept on globalThis so dev-server reloads do not open new pools.
const g = globalThis as unknown as { __prcDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  if (!g.__prcDatabase) {
    g.__prcDatabase = openDatabase(targetFromEnv());
    // Last on the way out (server.mjs, SIGTERM): after in-flight requests and their email.
    onShutdown("database", closeDatabase, 100);
  }
  return g.__prcDatabase;
}

/** The Prisma client every server module uses. */
export async function getDb(): Promise<PrismaClient> {
  return (await database()).prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = g.__prcDatabase;
  g.__prcDatabase = undefined;
  if (current) await (await current).close();
}
