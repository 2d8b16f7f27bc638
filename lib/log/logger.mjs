// @ts-check
// One structured logger for the process (pino, JSON lines on stdout), shared by the server entry and
// the app's bundles (pino is a server-external package; the logger and the request context live on
// the global object under registered symbols). Each line of a request carries its request id, route
// and — once the app knows it — the actor's id; never an email, a name, a token or, unless
// LOG_CLIENT_IP=1, an IP address (the redaction below is the safety net, not the rule).
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import { isSpanContextValid, trace } from "@opentelemetry/api";
import pino from "pino";

const LOGGER = Symbol.for("partner-reference-center.logger");
const CONTEXT = Symbol.for("partner-reference-center.request-context");

/** @typedef {{ requestId: string, route?: string, actorId?: string, traceId?: string }} RequestContext */

/** @returns {Record<symbol, unknown>} */
const g = () => /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

/** @returns {AsyncLocalStorage<RequestContext>} */
export function requestContext() {
  if (!g()[CONTEXT]) g()[CONTEXT] = new AsyncLocalStorage();
  return /** @type {AsyncLocalStorage<RequestContext>} */ (g()[CONTEXT]);
}

/** The level from LOG_LEVEL (default info; "silent" turns logging off). */
function level() {
  const wanted = process.env.LOG_LEVEL ?? "info";
  return ["fatal", "error", "warn", "info", "debug", "trace", "silent"].includes(wanted) ? wanted : "info";
}

/** @returns {import("pino").Logger} */
export function logger() {
  if (g()[LOGGER]) return /** @type {import("pino").Logger} */ (g()[LOGGER]);
  const created = pino(
    {
      level: level(),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: "message",
      errorKey: "error",
      // Whatever a caller passes by mistake under these names never reaches the log.
      redact: {
        paths: [
          "email",
          "*.email",
          "to",
          "*.to",
          "token",
          "*.token",
          "name",
          "*.name",
          "contactEmail",
          "*.contactEmail",
        ],
        censor: "[redacted]",
      },
      mixin() {
        const context = requestContext().getStore();
        // With tracing on (lib/ops/telemetry.ts), the line names its trace; off, this is a no-op read.
        const span = trace.getActiveSpan()?.spanContext();
        const traced = span && isSpanContextValid(span) ? { traceId: span.traceId } : {};
        return context ? { ...context, ...traced } : traced;
      },
    },
    destination(),
  );
  g()[LOGGER] = created;
  return created;
}

/**
 * Synchronous writes: a line logged just before process.exit (a refused start-up) is not lost, and
 * a line per request is cheap enough. `npm run dev` prints readable lines instead of JSON.
 * @returns {import("pino").DestinationStream}
 */
function destination() {
  if (process.env.NODE_ENV === "development") {
    try {
      const pretty = createRequire(import.meta.url)("pino-pretty");
      return pretty({ sync: true, colorize: true, messageKey: "message", ignore: "requestId" });
    } catch {
      // pino-pretty is a development dependency; without it, JSON.
    }
  }
  return pino.destination({ dest: 1, sync: true });
}

/**
 * Sets the actor's id on the current request's log lines (lib/auth calls it when it knows who asks).
 * @param {string} actorId
 */
export function setLogActor(actorId) {
  const context = requestContext().getStore();
  if (context) context.actorId = actorId;
}
