import "server-only";
import { getDb } from "../db/client";
import { env } from "../env";
import { rateLimited } from "../ops/metrics";

// Abuse limits (decisions 020, 089). The counters are rows of the RateLimit table, counted by one
// statement per use, so every instance that shares the database shares the count, on PostgreSQL
// and on the embedded PGlite alike.

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

type Counter = { points: number; expire: Date };

/**
 * Counts one use of `name` by `subject` (an address, a user id, a network address). Refused when
 * the subject has used up its points in the current window; the refused attempt is not an error.
 * One statement per use (decision 089): the row is created, counted, or — its window over —
 * restarted at 1, atomically, so simultaneous uses on every instance are all counted.
 */
export async function consumeLimit(name: LimitName, subject: string): Promise<LimitOutcome> {
  const key = `${name}:${subject.toLowerCase().slice(0, 200)}`;
  const now = new Date();
  const fresh = new Date(now.getTime() + LIMITS[name].durationSeconds * 1000);
  const db = await getDb();
  const [row] = await db.$queryRaw<Counter[]>`
    INSERT INTO "RateLimit" ("key", "points", "expire") VALUES (${key}, 1, ${fresh})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimit"."expire" > ${now} THEN "RateLimit"."points" + 1 ELSE 1 END,
      "expire" = CASE WHEN "RateLimit"."expire" > ${now} THEN "RateLimit"."expire" ELSE EXCLUDED."expire" END
    RETURNING "points", "expire"`;
  const points = limitPoints(name);
  const msLeft = Math.max(0, new Date(row!.expire).getTime() - now.getTime());
  if (row!.points > points) {
    rateLimited().inc({ limit: name });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
  }
  return {
    allowed: true,
    remaining: points - row!.points,
    resetSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
  };
}

/** Counters whose window ended an hour ago or more, at most `limit` per call (the scheduled purge). */
export async function purgeExpiredLimits({
  now,
  limit = 5000,
}: {
  now: Date;
  limit?: number;
}): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - 60 * 60 * 1000);
  return db.$executeRaw`
    DELETE FROM "RateLimit" WHERE "key" IN (
      SELECT "key" FROM "RateLimit" WHERE "expire" < ${cutoff} LIMIT ${limit})`;
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
