// @ts-check
// The project's own server entry (`npm start`, decision 025): Next.js's request handler behind a
// plain node:http server, so that what only the connection knows — the client's address — is read
// from the socket rather than from headers a client can write — and what only the process knows:
// a request id per request, and a graceful shutdown on SIGTERM.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import {
  isSpanContextValid,
  context as otelContext,
  SpanKind,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";
import next from "next";
import client from "prom-client";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  markServerEntry,
  trustedProxyCount,
} from "./lib/http/client-address.mjs";
import { markDraining, runShutdownHooks } from "./lib/http/lifecycle.mjs";
import { logger, requestContext } from "./lib/log/logger.mjs";
import { routeTemplate } from "./lib/ops/route-template.mjs";

const REQUEST_ID_HEADER = "x-request-id";
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// Request durations are recorded only when someone can read them (/api/metrics needs the token).
const recordMetrics = Boolean(process.env.METRICS_TOKEN);
// IP addresses are personal data: in the log only when an operator asks for them.
const logClientIp = process.env.LOG_CLIENT_IP === "1";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not HOSTNAME from the environment: containers set it to their own name.
const hostname = values.hostname ?? "0.0.0.0";

let trustProxy;
let graceMs;
try {
  trustProxy = trustedProxyCount(process.env.TRUST_PROXY);
  graceMs = shutdownGrace(process.env.SHUTDOWN_GRACE_MS);
} catch (error) {
  logger().fatal(`startup: Invalid environment configuration:\n  - ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

// Before Next.js loads: the app trusts CLIENT_ADDRESS_HEADER only in a process started here. A
// registered symbol on the process's global object, which no environment variable or request sets.
markServerEntry();
// As `next start` does; the app reads NODE_ENV for its production checks.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV ??= "production";

// In prom-client's default registry, which the app's bundles share (next.config.js, /api/metrics).
const requestDuration =
  /** @type {import("prom-client").Histogram<"route" | "method" | "status">} */ (
    client.register.getSingleMetric("prc_http_request_duration_seconds")
  ) ??
  new client.Histogram({
    name: "prc_http_request_duration_seconds",
    help: "HTTP request duration by route template, method and status",
    labelNames: ["route", "method", "status"],
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

/** Responses not yet finished: told to close their connection once SIGTERM came. */
const inFlight = new Set();
let stopping = false;

const server = createServer((request, response) => {
  inFlight.add(response);
  response.once("close", () => {
    inFlight.delete(response);
    // Draining: a keep-alive connection must not carry one more request.
    if (stopping) server.closeIdleConnections();
  });
  if (stopping) response.setHeader("Connection", "close");
  // Whatever a client sent under this name is dropped; only the entry writes it.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: headerValue(request.headers["x-forwarded-for"]),
    trustProxy,
  });
  // A proxy's request id is kept only behind a trusted proxy (a client could choose it otherwise).
  const given = trustProxy > 0 ? headerValue(request.headers[REQUEST_ID_HEADER]) : undefined;
  const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const started = process.hrtime.bigint();
  /** @type {import("./lib/log/logger.mjs").RequestContext} */
  const context = { requestId };
  // The request's root span (a no-op without OTEL_EXPORTER_OTLP_ENDPOINT); Next's spans are its children.
  const span = trace.getTracer("partner-reference-center").startSpan(request.method ?? "GET", {
    kind: SpanKind.SERVER,
    attributes: { "http.request.method": request.method ?? "GET" },
  });
  if (isSpanContextValid(span.spanContext())) context.traceId = span.spanContext().traceId;
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = response.statusCode;
    const route = routeTemplate(request.url ?? "/", status);
    const method = request.method ?? "GET";
    if (recordMetrics) requestDuration.observe({ route, method, status: String(status) }, seconds);
    span.updateName(`${method} ${route}`);
    span.setAttributes({ "http.route": route, "http.response.status_code": status });
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    logger().info(
      {
        ...context,
        route,
        method,
        status,
        durationMs: Math.round(seconds * 1000),
        ...(logClientIp ? { clientIp: request.headers[CLIENT_ADDRESS_HEADER] } : {}),
      },
      "request",
    );
  });
  // Every log line the app writes while handling it carries the request id (lib/log/logger.mjs).
  requestContext().run(context, () =>
    otelContext.with(trace.setSpan(otelContext.active(), span), () => handle(request, response)),
  );
}).listen(port, hostname, () => {
  logger().info(`server: listening on http://${hostname}:${port} (trusted proxies: ${trustProxy})`);
});

// SIGTERM (a rolling restart, docker stop): stop accepting, answer not-ready at once, let the
// requests in flight and the email they started finish within SHUTDOWN_GRACE_MS, close the database
// pool, exit 0. A second SIGTERM exits at once.
process.on("SIGTERM", () => {
  if (stopping) {
    logger().warn("server: second SIGTERM, exiting now");
    process.exit(1);
  }
  stopping = true;
  markDraining();
  for (const response of inFlight) if (!response.headersSent) response.setHeader("Connection", "close");
  logger().info(`server: SIGTERM, draining (up to ${graceMs} ms)`);
  const deadline = setTimeout(() => {
    logger().warn("server: grace period over, closing the remaining connections");
    server.closeAllConnections();
  }, graceMs);
  deadline.unref();
  server.close(async () => {
    await runShutdownHooks();
    clearTimeout(deadline);
    logger().info("server: drained; exiting");
    process.exit(0);
  });
  server.closeIdleConnections();
});

/**
 * SHUTDOWN_GRACE_MS: how long in-flight requests get after SIGTERM (default 25 000, under the usual
 * 30 s an orchestrator waits before SIGKILL).
 * @param {string | undefined} value
 */
function shutdownGrace(value) {
  if (value === undefined || value === "") return 25_000;
  if (!/^\d{1,7}$/.test(value)) throw new Error("SHUTDOWN_GRACE_MS: must be a whole number of milliseconds");
  return Number(value);
}

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return Array.isArray(value) ? value.join(",") : value;
}
