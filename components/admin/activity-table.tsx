import type { ActivityRow } from "@/lib/audit/queries";
import type { ActivityKind } from "@/lib/audit/wording";
import { formatDateTime } from "@/lib/dates";
import { localizedProjectType, localizeLibText } from "@/lib/i18n/localize";
import type { PortalLocale, PortalT } from "@/lib/i18n/portal";
import { PORTAL_EN } from "@/lib/i18n/portal-messages";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";

type ActivityT = PortalT<"settings.activity">;

/** One stored value as people read it: statuses and project types named, dates in their language. */
function shown(value: unknown, t: ActivityT, statuses: Record<string, string>, locale: PortalLocale): string {
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (Array.isArray(value)) return value.map((v) => shown(v, t, statuses, locale)).join(", ");
  if (typeof value === "string" && value in statuses) return statuses[value]!;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
  if (typeof value === "string") return localizedProjectTypeOrSelf(locale, value);
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function localizedProjectTypeOrSelf(locale: PortalLocale, value: string): string {
  return /^[A-Z][A-Z_]+$/.test(value) ? localizedProjectType(locale, value) : value;
}

/** before → after, each field named in the page's language (a field the catalogue lacks: as stored). */
function change(
  before: unknown,
  after: unknown,
  t: ActivityT,
  statuses: Record<string, string>,
  locale: PortalLocale,
): string {
  const show = (v: unknown) =>
    v && typeof v === "object"
      ? Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== null && x !== undefined)
          .map(([k, x]) => {
            const key = `fields.${k}` as Parameters<ActivityT>[0];
            const field = /^\w+$/.test(k) && t.has(key) ? t(key) : k;
            return t("fieldValue", { field, value: shown(x, t, statuses, locale) });
          })
          .join("; ")
      : "";
  const b = show(before);
  const a = show(after);
  if (b && a) return `${b} → ${a}`;
  return a || b;
}

export type ActivityLabels = { kind: Record<string, string>; action: (action: string) => string };

/**
 * Each kind and audit action named in this request's language (settings catalogue, keyed by the
 * action as stored: "user.invited" → activity.actions.user.invited), as lib/audit/wording.ts names
 * them in English; an action the catalogue does not know yet gets `fallback` (pages pass
 * actionLabel, lib's English), else is shown as stored.
 */
export async function activityLabels(
  fallback: (action: string) => string = (action) => action,
): Promise<ActivityLabels> {
  const t = await getPortalT("settings.activity");
  const kinds: Record<ActivityKind, string> = {
    REFERENCE: t("kinds.REFERENCE"),
    USER: t("kinds.USER"),
    LOCATION: t("kinds.LOCATION"),
    PARTNER: t("kinds.PARTNER"),
    CASE: t("kinds.CASE"),
    API_KEY: t("kinds.API_KEY"),
    WEBHOOK: t("kinds.WEBHOOK"),
  };
  return {
    kind: kinds,
    action: (action) => {
      const key = `actions.${action}` as Parameters<typeof t>[0];
      return /^[\w.]+$/.test(action) && t.has(key) ? t(key) : fallback(action);
    },
  };
}

/** Audit events newest first: when, who, what, and before → after. */
/** `labels` name each kind and action; without them, in the portal language (activityLabels()). */
export async function ActivityTable({ rows, labels }: { rows: ActivityRow[]; labels?: ActivityLabels }) {
  const [t, fields, common, locale, named] = await Promise.all([
    getPortalT("settings.activity.table"),
    getPortalT("settings.activity"),
    getPortalT("common"),
    getPortalLocale(),
    labels ?? activityLabels(),
  ]);
  const statuses = Object.fromEntries(
    (Object.keys(PORTAL_EN.common.statuses) as (keyof typeof PORTAL_EN.common.statuses)[]).map((s) => [
      s,
      common(`statuses.${s}`),
    ]),
  );
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead className="bg-slate-50 text-slate-700">
        <tr>
          {(["when", "who", "what", "subject", "change"] as const).map((h) => (
            <th key={h} scope="col" className="px-3 py-2">
              {t(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((r) => (
          <tr key={r.id} data-testid="activity-row">
            <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at, locale)}</td>
            <td className="px-3 py-2">{localizeLibText(locale, r.actorLabel)}</td>
            <td className="px-3 py-2">
              <span className="block font-medium">{named.action(r.action)}</span>
              <span className="text-xs text-slate-600">{named.kind[r.kind]}</span>
            </td>
            <td className="max-w-64 break-words px-3 py-2">{r.subject}</td>
            <td className="max-w-96 break-words px-3 py-2 text-slate-700">
              {change(r.before, r.after, fields, statuses, locale)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
