// "The database cannot be reached right now" as opposed to "this query is wrong": the first is an
// outage a user can wait out, and the only honest answer is "nothing was changed, try again".

export const SERVICE_UNAVAILABLE =
  "The service is temporarily unavailable. Nothing was changed; please try again in a minute.";

// Prisma's connection-level codes: not reachable, timed out, database missing, connection closed,
// pool timeout, too many connections.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1003", "P1008", "P1011", "P1017", "P2024", "P2037"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EPIPE", "EHOSTUNREACH"]);
// PostgreSQL: connection exceptions (08…), shutting down or starting up (57P01–57P03), too many connections.
const SQLSTATE = /^(08\w{3}|57P0[1-3]|53300)$/;

type Loose = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
  cause?: unknown;
};

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as Loose;
  const code = typeof e.code === "string" ? e.code : "";
  if (PRISMA_CODES.has(code) || NODE_CODES.has(code) || SQLSTATE.test(code)) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if ((error as Error).name === "PrismaClientInitializationError") return true;
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(String((error as Error).message)))
    return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
