// @ts-check
// Which network address a request comes from, for the per-address abuse limits (decision 021).
// Plain JavaScript: the server entry (server.mjs) runs it before Next.js has loaded anything, and the
// app (lib/security/client-ip.ts) imports the same functions, so there is one rule.

/** The request header the server entry writes (after deleting any copy a client sent). */
export const CLIENT_ADDRESS_HEADER = "x-prc-client-address";

const SERVER_ENTRY = Symbol.for("partner-reference-center.server-entry");

/** Called by server.mjs before Next.js loads: in this process the header above can be trusted. */
export function markServerEntry() {
  /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis))[SERVER_ENTRY] = true;
}

/** Whether server.mjs started this process (a symbol on the global object, shared by every bundle). */
export function startedByServerEntry() {
  return /** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis))[SERVER_ENTRY] === true;
}

const ADDRESS = /^[0-9a-f:.]{2,45}$/i;
const MAX_PROXIES = 10;

/**
 * TRUST_PROXY: how many proxies in front of the app append to X-Forwarded-For (0 = none).
 * @param {string | undefined} value
 * @returns {number}
 */
export function trustedProxyCount(value) {
  if (value === undefined || value === "") return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > MAX_PROXIES)
    throw new Error(
      `TRUST_PROXY must be a whole number from 0 to ${MAX_PROXIES} (the proxies in front of the app)`,
    );
  return count;
}

/**
 * An IP address as the limits key it, or null for anything else.
 * @param {string | null | undefined} value
 * @returns {string | null}
 */
export function parseAddress(value) {
  const trimmed = value?.trim() ?? "";
  return ADDRESS.test(trimmed) ? trimmed.replace(/^::ffff:/i, "").toLowerCase() : null;
}

/**
 * The client: the chain is X-Forwarded-For's hops followed by the connection's own address, and the
 * `trustProxy` rightmost entries are proxies we trust, so the client is the one just left of them
 * (the leftmost when the chain is shorter). Counting from the right means a hop the client wrote
 * itself — even one a proxy kept and appended to — is never chosen. Without a known socket (the app
 * running under another server), the socket is a proxy we cannot see.
 * @param {{ socketAddress?: string | null, forwardedFor?: string | null, trustProxy: number }} request
 * @returns {string}
 */
export function clientAddress({ socketAddress, forwardedFor, trustProxy }) {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [...hops, socketAddress ?? ""];
  const index = Math.max(0, chain.length - 1 - trustProxy);
  return parseAddress(chain[index]) ?? "unknown";
}
