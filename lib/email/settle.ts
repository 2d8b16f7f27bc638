import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { emailsFailed, emailsSent } from "../ops/metrics";
import { TX_OPTIONS } from "../references/tx";
import { markRequestUndelivered } from "../references/undelivered";
import { describeFailure, isRejection, messageIdHost } from "./mailer";
import { MAX_REJECTIONS, retryDelayMs } from "./retry";

// Writing the outcome of a send. Only the run holding the lease may settle a row (the lease time
// is part of every where), so a late run can never overwrite another run's result.

/**
 * Marks the emails SENT with their Message-ID, and (R13) empties the body of every one that carried
 * a secret link in the same statement, so no moment exists where a delivered link is still stored.
 */
export async function settleSent(ids: string[], now: Date, lease: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const db = await getDb();
  const sent = await db.$executeRaw`
    UPDATE "OutboxEmail" SET
      status = 'SENT', "sentAt" = ${now}, attempts = attempts + 1, "lastError" = NULL,
      "messageId" = '<' || id || '@' || ${messageIdHost()} || '>',
      html = CASE WHEN "carriesSecret" THEN '' ELSE html END,
      text = CASE WHEN "carriesSecret" THEN '' ELSE text END
    WHERE id IN (${Prisma.join(ids)}) AND status = 'PENDING' AND "nextAttemptAt" = ${lease}`;
  emailsSent().inc(sent);
  return sent;
}

export type FailureOutcome = "failed" | "retried";

/**
 * R15: a transient failure only postpones the email (back-off capped at one hour, for as long as
 * it takes); a permanent rejection also counts toward FAILED. An email that ends FAILED loses a
 * secret-carrying body in the same statement (R13: no live link kept at rest); a requeue renders
 * it anew with a fresh link (relink.ts).
 */
export async function settleFailure(
  email: { id: string; attempts: number; rejections: number },
  error: unknown,
  now: Date,
  lease: Date,
): Promise<FailureOutcome> {
  const db = await getDb();
  const attempts = email.attempts + 1;
  const rejected = isRejection(error);
  const rejections = email.rejections + (rejected ? 1 : 0);
  const giveUp = rejected && rejections >= MAX_REJECTIONS;
  const delay = retryDelayMs(rejected ? rejections : attempts);
  const lastError = describeFailure(error);
  if (giveUp) {
    // R17 in the same transaction: the request it asked for is marked undelivered exactly when
    // the email is FAILED, and its notices exist exactly then.
    await db
      .$transaction(async (tx) => {
        const failed = await tx.$executeRaw`
        UPDATE "OutboxEmail" SET
          status = 'FAILED', attempts = ${attempts}, rejections = ${rejections}, "lastError" = ${lastError},
          html = CASE WHEN "carriesSecret" THEN '' ELSE html END,
          text = CASE WHEN "carriesSecret" THEN '' ELSE text END
        WHERE id = ${email.id} AND status = 'PENDING' AND "nextAttemptAt" = ${lease}`;
        if (failed > 0) await markRequestUndelivered(tx, email.id, lastError, now);
        return failed;
      }, TX_OPTIONS)
      .then((failed) => emailsFailed().inc(failed));
    return "failed";
  }
  await db.outboxEmail.updateMany({
    where: { id: email.id, status: "PENDING", nextAttemptAt: lease },
    data: { attempts, rejections, lastError, nextAttemptAt: new Date(now.getTime() + delay) },
  });
  return "retried";
}
