import "server-only";
import type { Actor } from "../auth/actor";
import { type Refusal, refuse } from "../result";
import { consumeLimit, limitMessages } from "./rate-limit";

const LIMIT_FOR = {
  create: { name: "createPerUser", message: limitMessages.create },
  resend: { name: "resendPerUser", message: limitMessages.resend },
} as const;

/**
 * Counts one create or resend by this user; over the limit, the refusal (saying when to try
 * again) to return instead of running the domain function, so no email is queued.
 */
export async function actionLimitRefusal(
  kind: keyof typeof LIMIT_FOR,
  actor: Actor,
): Promise<Refusal | null> {
  const { name, message } = LIMIT_FOR[kind];
  const limit = await consumeLimit(name, actor.userId);
  return limit.allowed ? null : refuse("RATE_LIMITED", message(limit.retryAfterSeconds));
}
