// Where the database is: a PostgreSQL server, or the embedded PGlite in a data directory.
export type DbTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string; loadFrom?: string };

export function describeTarget(t: DbTarget): string {
  if (t.kind === "postgres") return `PostgreSQL ${redact(t.url)}`;
  return `embedded PGlite in ${t.dataDir}`;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
