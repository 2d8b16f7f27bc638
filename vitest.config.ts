import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; the tests are server code too.
    alias: { "server-only": path.resolve("tests/support/empty-module.ts") },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    // Vitest keeps one core for itself (cores − 1 workers: one on a 2-core machine). Our files spend
    // much of their time waiting on a database, an SMTP listener or a receiver, so a worker per core
    // finishes the suite in ≈ 60 % of the time (PGlite 505 → 312 s, PostgreSQL 314 → 216 s here);
    // each file has its own database, so they do not meet.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
