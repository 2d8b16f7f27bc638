import { accent } from "./i18n/pseudo";

// Dates as people read them everywhere in the product ("3 Dec 2026", "3 Dec 2026, 09:30 UTC"):
// the Reference List, the refusals, the pages and the CSV. Always UTC, so the server's time zone
// never changes what people read. English is spelled out here rather than by Intl, whose month
// abbreviations differ between ICU versions ("Sep" / "Sept") and the rules quote it exactly; the
// other portal languages use Intl ("3. Dez. 2026", "2026年12月3日").

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) {
  let format = map.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    map.set(locale, format);
  }
  return format;
}

const isEnglish = (locale: string) => locale === "en";

/** "3 Dec 2026" (UTC); in another portal language as it writes a short date. */
export function formatDay(date: Date, locale = "en"): string {
  if (locale === "en-XA") return accent(formatDay(date));
  if (!isEnglish(locale))
    return cached(dayFormats, locale, { day: "numeric", month: "short", year: "numeric" }).format(date);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "3 Dec 2026, 09:30 UTC". */
export function formatDayTime(date: Date, locale = "en"): string {
  if (locale === "en-XA") return accent(formatDayTime(date));
  if (!isEnglish(locale)) {
    const time = cached(timeFormats, locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    return `${formatDay(date, locale)}, ${time.format(date)} UTC`;
  }
  return `${formatDay(date)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** As formatDay, for values that may be missing or serialised; "—" when missing. */
export function formatDate(value: Date | string | null | undefined, locale = "en"): string {
  return value ? formatDay(new Date(value), locale) : "—";
}

/** As formatDayTime, for values that may be missing or serialised; "—" when missing. */
export function formatDateTime(value: Date | string | null | undefined, locale = "en"): string {
  return value ? formatDayTime(new Date(value), locale) : "—";
}
