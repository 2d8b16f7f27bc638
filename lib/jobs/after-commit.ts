import "server-only";
import { after } from "next/server";
import { onShutdown } from "../http/lifecycle.mjs";

// Work that must start once the caller's transaction has committed — delivering the email and
// webhooks it queued (R15) — without waiting for the scheduled run, which stays the safety net.
//
// Inside a request (server action, route handler) the work runs in `after()`: after the response,
// so the caller's transaction has committed, and the platform keeps the function alive until it
// ends. Outside a request (scripts, tests) it runs in the background of this process; the work
// itself waits briefly until its rows are visible, i.e. until the transaction has committed.

const pending = new Set<Promise<void>>();

function track(task: Promise<void>): Promise<void> {
  const tracked = task.finally(() => pending.delete(tracked));
  pending.add(tracked);
  return tracked;
}

/** Runs `work` after the current request's response (or now, in the background, outside one). */
export function afterCommit(work: () => Promise<void>): void {
  // Before the database pool closes (server.mjs, SIGTERM), work the last requests started ends.
  onShutdown("deliveries after commit", settleAfterCommitWork, 10);
  try {
    // Tracked too, so a draining server (SIGTERM) waits for work its last requests started.
    after(() => track(work()));
  } catch {
    // Not inside a request scope.
    track(work());
  }
}

/** Resolves when all work started by afterCommit has ended (scripts, tests, shutdown). */
export async function settleAfterCommitWork(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

const VISIBILITY_WAITS_MS = [0, 10, 25, 50, 100, 200, 400, 800, 1600];

/** Waits (≈ 3 s at most) until `count()` sees all `expected` rows, i.e. their transaction committed. */
export async function waitUntilVisible(count: () => Promise<number>, expected: number): Promise<void> {
  for (const wait of VISIBILITY_WAITS_MS) {
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if ((await count()) === expected) return;
  }
}
