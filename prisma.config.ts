import { lookup } from "node:dns/promises";
import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads its native schema engine before every command. Where that cannot work
// (PRISMA_OFFLINE=1, or the binaries host does not resolve), point it at a stand-in so that
// `prisma generate` works offline; with internet nothing changes. See docs/decisions/001.
async function engineReachable(): Promise<boolean> {
  if (process.env.PRISMA_OFFLINE === "1") return false;
  try {
    await Promise.race([
      lookup("binaries.prisma.sh"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 1500)),
    ]);
    return true;
  } catch {
    return false;
  }
}

if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && !(await engineReachable())) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.resolve("scripts/offline-schema-engine.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
