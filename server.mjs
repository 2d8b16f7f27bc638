// @ts-check
// The project's own server entry (`npm start`, decision 025): Next.js's request handler behind a
// plain node:http server, so that what only the connection knows — the client's address — is read
// from the socket rather than from headers a client can write. Later concerns of the same kind
// (request ids, graceful shutdown, health probes) belong here too.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  markServerEntry,
  trustedProxyCount,
} from "./lib/http/client-address.mjs";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not HOSTNAME from the environment: containers set it to their own name.
const hostname = values.hostname ?? "0.0.0.0";

let trustProxy;
try {
  trustProxy = trustedProxyCount(process.env.TRUST_PROXY);
} catch (error) {
  console.error(`[startup] Invalid environment configuration:\n  - ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}

// Before Next.js loads: the app trusts CLIENT_ADDRESS_HEADER only in a process started here. A
// registered symbol on the process's global object, which no environment variable or request sets.
markServerEntry();
// As `next start` does; the app reads NODE_ENV for its production checks.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV ??= "production";

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  // Whatever a client sent under this name is dropped; only the entry writes it.
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: headerValue(request.headers["x-forwarded-for"]),
    trustProxy,
  });
  handle(request, response);
}).listen(port, hostname, () => {
  console.log(`[server] listening on http://${hostname}:${port} (trusted proxies: ${trustProxy})`);
});

/** @param {string | string[] | undefined} value */
function headerValue(value) {
  return Array.isArray(value) ? value.join(",") : value;
}
