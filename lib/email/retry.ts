// Back-off and limits for outbox delivery (R15). Transient failures (connection refused, timeouts,
// 4xx answers) are retried for as long as it takes, never more than an hour apart; only permanent
// rejections of the message itself (5xx) are counted toward FAILED.

/** Permanent 5xx rejections of one email before it is marked FAILED for an agent to look at. */
export const MAX_REJECTIONS = 5;
const BASE_DELAY_MS = 60_000;
const MAX_DELAY_MS = 60 * 60_000;

/** Delay before the next try, given how many tries have failed so far (1 = first failure). */
export function retryDelayMs(failedTries: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.min(Math.max(0, failedTries - 1), 30), MAX_DELAY_MS);
}

/** How long a claimed email is reserved for the run that claimed it. */
export const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * How long one delivery run keeps claiming new mail. A run may overrun this by at most one SMTP
 * timeout (messages already in flight), which must stay well inside the lease and the cron
 * route's maxDuration (app/api/cron/route.ts).
 */
export const DELIVERY_BUDGET_MS = 60_000;
