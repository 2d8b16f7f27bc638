import { formatDateTime } from "@/lib/dates";
import { localizeLibText } from "@/lib/i18n/localize";
import type referenceDetailEnglish from "@/lib/i18n/messages/portal/referenceDetail/en.json";
import type { PortalLocale, PortalT } from "@/lib/i18n/portal";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";

export type HistoryEntry = {
  id: string;
  type: string;
  actorKind: string;
  actorLabel: string;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: Date;
};

/** The fields people care about, in this order (ids and raw keys are left out). */
const FIELDS = [
  "competencyName",
  "status",
  "statusLabel",
  "lastSentAt",
  "sendCount",
  "to",
  "contactEmail",
  "firstSentAt",
  "reason",
] as const;

type HistoryT = PortalT<"referenceDetail.history">;
type HistoryMessages = (typeof referenceDetailEnglish)["history"];

function show(value: unknown, labels: Record<string, string>, t: HistoryT, locale: PortalLocale): string {
  if (typeof value === "string" && value in labels) return labels[value]!;
  if (value === null || value === undefined || value === "") return t("none");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  return String(value);
}

/** before → after for the fields people care about. */
function changes(
  before: unknown,
  after: unknown,
  labels: Record<string, string>,
  t: HistoryT,
  locale: PortalLocale,
): { key: string; field: string; from: string | null; to: string }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  return FIELDS.filter((key) => key in a || key in b)
    .filter((key) => !(key === "status" && "statusLabel" in a))
    .map((key) => ({
      key,
      field: t(`fields.${key}`),
      from: key in b ? show(b[key], labels, t, locale) : null,
      to: show(a[key], labels, t, locale),
    }));
}

/** R14: who did what, when, and what changed — oldest first. */
export async function HistoryTimeline({
  entries,
  statusLabels,
}: {
  entries: HistoryEntry[];
  /** Status codes as people read them, in the page's language. */
  statusLabels: Record<string, string>;
}) {
  const locale = await getPortalLocale();
  const t = await getPortalT("referenceDetail.history");
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const what = (type: string) => {
    const key = `events.${type}` as `events.${keyof HistoryMessages["events"]}`;
    return t.has(key) ? t(key) : type;
  };
  const who = (kind: string) => {
    const key = `actors.${kind}` as `actors.${keyof HistoryMessages["actors"]}`;
    return t.has(key) ? t(key) : kind;
  };
  return (
    <ol className="relative space-y-5 border-l-2 border-slate-200 pl-6" aria-label={t("label")}>
      {entries.map((e) => (
        <li key={e.id} className="relative" data-testid="history-entry">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[31px] h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="font-semibold text-slate-900">{what(e.type)}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt, locale)}</time>{" "}
            · {localizeLibText(locale, e.actorLabel)}{" "}
            <span className="text-slate-500">({who(e.actorKind)})</span>
          </p>
          {changes(e.before, e.after, statusLabels, t, locale).map((c) => (
            <p key={c.key} className="mt-1 text-sm text-slate-800">
              {t("field", { field: c.field })}{" "}
              {c.from !== null && (
                <>
                  <span className="text-slate-600">{c.from}</span> <span aria-hidden="true">→</span>
                  <span className="sr-only">{t("changedTo")}</span>{" "}
                </>
              )}
              <strong>{c.to}</strong>
            </p>
          ))}
          {e.note && <p className="mt-1 text-sm italic text-slate-700">{t("note", { note: e.note })}</p>}
        </li>
      ))}
    </ol>
  );
}
