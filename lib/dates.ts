// Dates as people read them everywhere in the product ("3 Dec 2026", "3 Dec 2026, 09:30 UTC"):
// the Reference List, the refusals, the pages and the CSV. Always UTC, so the server's time zone
// never changes what people read, and spelled out here rather than by Intl, whose month
// abbreviations differ between ICU versions ("Sep" / "Sept").

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

/** "3 Dec 2026" (UTC). */
export function formatDay(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "3 Dec 2026, 09:30 UTC". */
export function formatDayTime(date: Date): string {
  return `${formatDay(date)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** As formatDay, for values that may be missing or serialised; "—" when missing. */
export function formatDate(value: Date | string | null | undefined): string {
  return value ? formatDay(new Date(value)) : "—";
}

/** As formatDayTime, for values that may be missing or serialised; "—" when missing. */
export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? formatDayTime(new Date(value)) : "—";
}
