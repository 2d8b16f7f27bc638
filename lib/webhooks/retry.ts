// Back-off for webhook delivery. After each failed try the next waits longer; the last try comes
// a little over a day after the first, so a receiver down for a day loses nothing. Then the
// message is FAILED (kept in the log); an endpoint failing for three days is disabled (settle.ts).

/** Waits after the 1st, 2nd, … failed try: 1 min, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (27 h 36 min in all). */
export const RETRY_DELAYS_MS = [1, 5, 30, 120, 300, 600, 600].map((minutes) => minutes * 60_000);

/** Tries in all: the first plus one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The wait before the next try, or null when `failedTries` used up every try. */
export function nextRetryDelayMs(failedTries: number): number | null {
  return RETRY_DELAYS_MS[failedTries - 1] ?? null;
}

/** An endpoint whose tries have all failed for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 3 * 24 * 60 * 60_000;

/** How long a claimed message is reserved for the run that claimed it (≫ one 10 s send). */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** How long one scheduled run keeps claiming new messages. */
export const DELIVERY_BUDGET_MS = 30_000;

/** Messages sent at the same time by one run. */
export const IN_FLIGHT = 8;
