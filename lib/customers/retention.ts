import "server-only";
import { getDb } from "../db/client";
import { env } from "../env";
import { TX_OPTIONS } from "../references/tx";
import { eraseReferenceContact } from "./erase";

// R21: the scheduled run erases the contact data of requests that ended without counting (rejected,
// canceled) once RETENTION_DAYS (180) have passed since they ended. Batches stop starting once the
// run's time budget is spent; the rest wait for the next run, like auto-approval (decision 062).

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 50;
export const ENDED_WITHOUT_COUNTING = ["CUSTOMER_REJECTED", "CANCELED", "CUSTOMER_WITHDREW"] as const;

export type RetentionReport = { erased: number; more: boolean };

/** The moment before which a request must have ended for its contact to be erased now. */
export function retentionCutoff(now: Date, days = env().retentionDays): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export async function eraseExpiredContacts({
  now,
  deadline,
}: {
  now: Date;
  /** performance.now() after which no new batch starts. */
  deadline: number;
}): Promise<RetentionReport> {
  const db = await getDb();
  const cutoff = retentionCutoff(now);
  let erased = 0;
  while (performance.now() < deadline) {
    // The partial index ReferenceRequest_retention_idx: the oldest due first, never a full scan.
    const due = await db.referenceRequest.findMany({
      where: {
        status: { in: [...ENDED_WITHOUT_COUNTING] },
        contactErasedAt: null,
        decidedAt: { lte: cutoff },
      },
      orderBy: { decidedAt: "asc" },
      take: BATCH,
      select: { id: true, contactEmail: true, contactName: true },
    });
    if (due.length === 0) return { erased, more: false };
    for (const reference of due) {
      const done = await db.$transaction((tx) => eraseReferenceContact(tx, reference, now), TX_OPTIONS);
      if (done) erased++;
    }
  }
  return { erased, more: true };
}
