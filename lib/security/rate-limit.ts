import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "../db/client";
import { env } from "../env";
import { rateLimited } from "../ops/metrics";

// Abuse limits (decision 020). The counters are rows of the RateLimit table, written through
// rate-limiter-flexible's Prisma store with the app's own client, so every instance that shares
// the database shares the count, on PostgreSQL and on the embedded PGlite alike.

export const LIMITS = {
  /** Sign-in emails one address may be sent (email bombing). */
  signInEmailPerAddress: { points: 5, durationSeconds: 60 * 60 },
  /** Sign-in emails asked for from one network address, whatever the addresses. */
  signInEmailPerIp: { points: 20, durationSeconds: 60 * 60 },
  /** Customer approve / reject submissions from one network address. */
  customerDecisionPerIp: { points: 30, durationSeconds: 10 * 60 },
  /** Reference requests one user may create (each one emails a customer). */
  createPerUser: { points: 30, durationSeconds: 60 * 60 },
  /** Resends one user may make (each one emails a customer). */
  resendPerUser: { points: 60, durationSeconds: 60 * 60 },
  /** Invitations one person may send (each one emails an address they typed). */
  invitePerInviter: { points: 30, durationSeconds: 60 * 60 },
  /** Invitations one address may be sent, by anyone (email bombing through the invite form). */
  invitePerAddress: { points: 3, durationSeconds: 60 * 60 },
  /** Calls one API key may make (issue 19), shared by every instance. */
  /** Calls per API key; the points are API_RATE_LIMIT_PER_MINUTE's (limitPoints). */
  apiPerKey: { points: 600, durationSeconds: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

/** A limit's points; the API's per-key limit is the operator's to set (API_RATE_LIMIT_PER_MINUTE). */
export function limitPoints(name: LimitName): number {
  return name === "apiPerKey" ? env().apiRateLimitPerMinute : LIMITS[name].points;
}

export type LimitOutcome =
  | { allowed: true; remaining: number; resetSeconds: number }
  | { allowed: false; retryAfterSeconds: number };

const g = globalThis as unknown as { __prcLimiters?: Map<LimitName, RateLimiterPrisma> };

async function limiter(name: LimitName): Promise<RateLimiterPrisma> {
  g.__prcLimiters ??= new Map();
  let found = g.__prcLimiters.get(name);
  if (!found) {
    found = new RateLimiterPrisma({
      storeClient: await getDb(),
      tableName: "rateLimit", // the Prisma model accessor of model RateLimit
      keyPrefix: name,
      points: limitPoints(name),
      duration: LIMITS[name].durationSeconds,
    });
    g.__prcLimiters.set(name, found);
  }
  return found;
}

/**
 * Counts one use of `name` by `subject` (an address, a user id, a network address). Refused when
 * the subject has used up its points in the current window; the refused attempt is not an error.
 */
export async function consumeLimit(name: LimitName, subject: string): Promise<LimitOutcome> {
  try {
    const used = await (await limiter(name)).consume(subject.toLowerCase().slice(0, 200));
    return {
      allowed: true,
      remaining: Math.max(0, used.remainingPoints),
      resetSeconds: Math.max(1, Math.ceil(used.msBeforeNext / 1000)),
    };
  } catch (rejection) {
    // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
    if (rejection instanceof RateLimiterRes) {
      rateLimited().inc({ limit: name });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Whole minutes until a refused use may try again, never 0. */
export function retryMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** "in 1 minute", "in 12 minutes": when to try again, for the refusal messages. */
export function retryIn(seconds: number): string {
  const minutes = retryMinutes(seconds);
  return minutes === 1 ? "in 1 minute" : `in ${minutes} minutes`;
}

// The portal's refusals (English, like the portal). The customer's refusal is in the customer's
// language: respond.tooManyAnswers in lib/i18n/messages.
export const limitMessages = {
  signIn: (seconds: number) =>
    `Too many sign-in emails were requested. Please try again ${retryIn(seconds)}.`,
  create: (seconds: number) =>
    `You have sent many reference requests in a short time. Please try again ${retryIn(seconds)}.`,
  resend: (seconds: number) =>
    `You have resent many requests in a short time. Please try again ${retryIn(seconds)}.`,
  invite: (seconds: number) =>
    `You have sent many invitations in a short time. Please try again ${retryIn(seconds)}.`,
  inviteAddress: (seconds: number) =>
    `This address was invited several times in a short time. Please try again ${retryIn(seconds)}.`,
};
