import "server-only";
import { env } from "../env";
import { CLIENT_ADDRESS_HEADER, clientAddress, startedByServerEntry } from "../http/client-address.mjs";

// Which network address a request came from, for every per-address abuse limit (decision 021).
// Under the project's server entry (server.mjs, what `npm start` runs) the entry has read it from
// the connection and TRUST_PROXY, and passes it in a header it writes itself. Anywhere else (next
// dev, a platform's own server) only a trusted proxy's X-Forwarded-For says anything: with
// TRUST_PROXY=0 the address is unknown (production refuses to start that way, lib/startup.ts).

export function clientIp(
  headers: Headers,
  options: { trustProxy: number; viaEntry: boolean } = {
    trustProxy: env().trustProxy,
    viaEntry: startedByServerEntry(),
  },
): string {
  if (options.viaEntry) return headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
  return clientAddress({ forwardedFor: headers.get("x-forwarded-for"), trustProxy: options.trustProxy });
}
