import { Prisma } from "../db/generated/client";

// R19 in SQL, once: a reference's stop date and whether it counts at a moment. Approved statuses and
// an assigned competency are the counting index's own condition (migration 20261205120000), so
// every statement that uses these fragments reads that index.

/** The stop date of reference r assigned to competency c. */
export const COUNTS_UNTIL = Prisma.sql`(r."decidedAt" + make_interval(months => c."countingMonths"))`;

/**
 * r is approved, assigned (to c) and still counts at `now`. The first decidedAt bound is a superset
 * (a month's slack for month ends) that lets the index read only the window; the second is the rule.
 */
export function countingAt(now: Date): Prisma.Sql {
  return Prisma.sql`r.status IN ('CUSTOMER_APPROVED', 'MICROSOFT_AUTO_APPROVED') AND r."competencyId" IS NOT NULL
    AND r."decidedAt" > ${now}::timestamptz - make_interval(months => c."countingMonths" + 1)
    AND ${COUNTS_UNTIL} > ${now}`;
}
