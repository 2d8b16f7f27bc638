import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { logger } from "../log/logger.mjs";
import { PrismaClient } from "./generated/client";
import { openPglite, pgliteSession, type SqlSession } from "./sql";
import type { DbTarget } from "./target";

export interface Database {
  prisma: PrismaClient;
  /** Plain SQL beside Prisma; on PGlite this is the same single connection. */
  openSession(): Promise<SqlSession>;
  close(): Promise<void>;
}

const SLOW_QUERY_MS = 500;

function withSlowQueryLog(prisma: PrismaClient): PrismaClient {
  prisma.$on("query" as never, (e: { duration: number; query: string }) => {
    if (e.duration >= SLOW_QUERY_MS)
      logger().warn({ durationMs: e.duration, query: e.query }, "db: slow query");
  });
  return prisma;
}

export async function openDatabase(target: DbTarget): Promise<Database> {
  if (target.kind === "postgres") {
    const prisma = withSlowQueryLog(
      new PrismaClient({
        adapter: new PrismaPg({ connectionString: target.url, max: 10 }),
        log: [{ emit: "event", level: "query" }],
      }),
    );
    const { postgresSession } = await import("./sql");
    return {
      prisma,
      openSession: () => postgresSession(target.url),
      close: () => prisma.$disconnect(),
    };
  }
  const pglite = await openPglite(target.dataDir, target.loadFrom);
  const prisma = withSlowQueryLog(
    new PrismaClient({ adapter: new PrismaPGlite(pglite), log: [{ emit: "event", level: "query" }] }),
  );
  return {
    prisma,
    openSession: async () => pgliteSession(pglite),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
