// @ts-check
import { logger } from "../log/logger.mjs";

// The process's lifecycle, shared by the server entry (server.mjs) and the app's bundles through
// registered symbols on the global object (each bundle has its own copy of this module, the global
// object is one): whether the process is draining, and what must finish before it exits.

const DRAINING = Symbol.for("partner-reference-center.draining");
const HOOKS = Symbol.for("partner-reference-center.shutdown-hooks");

/** @returns {Record<symbol, unknown>} */
const g = () => /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));

/** SIGTERM received: readiness answers 503 from now on. */
export function markDraining() {
  g()[DRAINING] = true;
}

export function isDraining() {
  return g()[DRAINING] === true;
}

/** @typedef {{ order: number, hook: () => Promise<void> }} Hook */

/**
 * Work to finish before the process exits, lowest `order` first (email delivery 10, the database
 * pool 100); registering the same name again replaces it.
 * @param {string} name
 * @param {() => Promise<void>} hook
 * @param {number} order
 */
export function onShutdown(name, hook, order) {
  if (!g()[HOOKS]) g()[HOOKS] = new Map();
  /** @type {Map<string, Hook>} */ (g()[HOOKS]).set(name, { order, hook });
}

/** Runs every hook once, in order; a failing hook does not stop the next. */
export async function runShutdownHooks() {
  const hooks = /** @type {Map<string, Hook> | undefined} */ (g()[HOOKS]);
  const ordered = [...(hooks ?? [])].sort(([, a], [, b]) => a.order - b.order);
  for (const [name, { hook }] of ordered) {
    try {
      await hook();
    } catch (error) {
      logger().error({ hook: name, error }, "shutdown hook failed");
    }
  }
}
