// Back-off for outbox delivery (R15): 1, 2, 4, … minutes, capped at one hour; after MAX_ATTEMPTS
// failures the email is marked FAILED for a person to look at (it stays in the outbox).

export const MAX_ATTEMPTS = 10;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Delay before the next try, given how many attempts have failed so far (1 = first failure). */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
}

/** How long a claimed email is reserved for the run that claimed it. */
export const CLAIM_LEASE_MS = 10 * 60_000;
