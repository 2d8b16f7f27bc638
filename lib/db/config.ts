import path from "node:path";
import { env } from "../env";
import type { DbTarget } from "./target";

/** The database this process uses: DATABASE_URL, else the embedded PGlite directory. */
export function targetFromEnv(): DbTarget {
  const e = env();
  if (e.databaseUrl) return { kind: "postgres", url: e.databaseUrl };
  const dataDir = e.pgliteDir === "memory://" ? e.pgliteDir : path.resolve(e.pgliteDir);
  return { kind: "pglite", dataDir, loadFrom: process.env.PGLITE_LOAD_FROM || undefined };
}
