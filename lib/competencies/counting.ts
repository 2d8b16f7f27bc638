// R19 as plain arithmetic over rows the database already returned, so the rule is provable without
// a database. The database computes each reference's stop date (decision + the competency's counting
// period, PostgreSQL's calendar-month arithmetic) once, in lib/competencies/counting-sql.ts; nothing
// else adds months.

export const DEFAULT_COUNTING_MONTHS = 12;
export const MIN_COUNTING_MONTHS = 1;
export const MAX_COUNTING_MONTHS = 60;

/** A reference counts while now is before its stop date (the stop instant itself no longer counts). */
export function countsAt(countsUntil: Date, now: Date): boolean {
  return countsUntil.getTime() > now.getTime();
}

export type LevelName = "silver" | "gold";

export type LevelForecast = {
  level: LevelName;
  required: number;
  /** Held today: progress (R10, counting references only) reaches the level's count. */
  held: boolean;
  /** For a held level: when progress falls below the count if nothing new is approved. */
  lapsesOn: Date | null;
  /** How many more approved references must count by lapsesOn to keep the level. */
  neededBy: number;
};

/**
 * `latestStops`: the stop dates of the references that count now, latest first — at least the
 * first `required` of them (the database returns the top `goldRequired`). The level lapses when the
 * `required`-th latest stops; what is needed by then are the references that stop on that day too.
 */
export function forecastLevel(
  level: LevelName,
  required: number,
  progress: number,
  latestStops: Date[],
): LevelForecast {
  const held = progress >= required;
  const lapse = held ? latestStops[required - 1] : undefined;
  if (!lapse) return { level, required, held, lapsesOn: null, neededBy: held ? 0 : required - progress };
  const stillCounting = latestStops.filter((d) => d.getTime() > lapse.getTime()).length;
  return { level, required, held, lapsesOn: lapse, neededBy: required - stillCounting };
}

/** Renewal reminders (R19): 90, 30 and 7 days before a held level lapses. */
export const REMINDER_THRESHOLDS_DAYS = [90, 30, 7] as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The thresholds a lapse date has reached at `now` (every one of them once the smallest is due). */
export function reachedThresholds(lapsesOn: Date, now: Date): number[] {
  const daysLeft = (lapsesOn.getTime() - now.getTime()) / DAY_MS;
  if (daysLeft <= 0) return [];
  return REMINDER_THRESHOLDS_DAYS.filter((t) => daysLeft <= t);
}
