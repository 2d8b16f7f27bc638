/** Prisma's unique-constraint violation (P2002), for races that the database decides. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The name of the unique index a P2002 violated (both driver adapters quote PostgreSQL's message). */
export function violatedIndex(error: unknown): string | null {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } } }).meta;
  const message = meta?.driverAdapterError?.cause?.originalMessage;
  return typeof message === "string" ? (message.match(/unique constraint "([^"]+)"/)?.[1] ?? null) : null;
}
