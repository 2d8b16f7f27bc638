import { getPortalT } from "@/lib/i18n/request-locale";

/** Progress toward a level: an accessible progress bar with a text label (count / required). */
export async function ProgressBar({
  label,
  accessibleLabel = label,
  count,
  required,
  tone,
}: {
  label: string;
  /** The full name for assistive technology when the visible label is short ("Silver"). */
  accessibleLabel?: string;
  count: number;
  required: number;
  tone: "silver" | "gold";
}) {
  const t = await getPortalT("common.progressBar");
  const met = count >= required;
  const percent = Math.min(100, Math.round((count / Math.max(required, 1)) * 100));
  const fill = met ? "bg-emerald-600" : tone === "gold" ? "bg-amber-500" : "bg-slate-500";
  return (
    <div>
      <div className="flex items-baseline justify-between text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className="tabular-nums text-slate-700">
          {count} / {required}{" "}
          {met ? (
            <span className="font-semibold text-emerald-700">{t("met")}</span>
          ) : (
            <span className="text-slate-600">{t("toGo", { remaining: required - count })}</span>
          )}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={accessibleLabel}
        aria-valuemin={0}
        aria-valuemax={required}
        aria-valuenow={Math.min(count, required)}
        aria-valuetext={t(met ? "valueTextMet" : "valueText", { count, required })}
        className="mt-1 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full ${fill}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
