import "server-only";
import { getDb } from "../db/client";

// How far behind delivery is: the cron route reports it for monitoring, agents see it.

export type EmailBacklog = {
  /** Seconds since the oldest undelivered (PENDING) email was queued; null when none waits. */
  oldestUndeliveredAgeSeconds: number | null;
  /** Emails in FAILED, waiting for an agent (all of them, not only this run's). */
  failedTotal: number;
};

export async function emailBacklog(now: Date): Promise<EmailBacklog> {
  const db = await getDb();
  // Both are index-only lookups on (status, createdAt): the oldest row, and the FAILED range.
  const [oldest, failed] = await Promise.all([
    db.outboxEmail.findFirst({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.outboxEmail.count({ where: { status: "FAILED" } }),
  ]);
  return {
    oldestUndeliveredAgeSeconds: oldest
      ? Math.max(0, Math.floor((now.getTime() - oldest.createdAt.getTime()) / 1000))
      : null,
    failedTotal: failed,
  };
}

/** "3 minutes", "2 hours", "4 days": how long, for people. */
export function describeAge(seconds: number): string {
  const units: [number, string][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? "" : "s"}`;
  }
  return "less than a minute";
}
