import Link from "next/link";
import type { LevelForecast } from "@/lib/competencies/counting";
import type { CompetencyProgressRow as CompetencyCardData } from "@/lib/competencies/progress";
import { formatDate } from "@/lib/dates";
import type { PortalLocale, PortalT } from "@/lib/i18n/portal";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { ProgressBar } from "../ui/progress-bar";

type CardT = PortalT<"competencies.card">;

function LevelBadge({ silverMet, goldMet, t }: { silverMet: boolean; goldMet: boolean; t: CardT }) {
  if (goldMet)
    return (
      <span className="shrink-0 whitespace-nowrap rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
        {t("goldMet")}
      </span>
    );
  if (silverMet)
    return (
      <span className="shrink-0 whitespace-nowrap rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800 ring-1 ring-slate-300">
        {t("silverMet")}
      </span>
    );
  return (
    <span className="shrink-0 whitespace-nowrap rounded-full bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300">
      {t("inProgress")}
    </span>
  );
}

/** R19: "Gold at risk on 14 Mar 2027 — 2 more approved references needed by then". */
function LapseForecast({ level, t, locale }: { level: LevelForecast; t: CardT; locale: PortalLocale }) {
  if (!level.held || !level.lapsesOn) return null;
  return (
    <p className="undelivered" data-testid="lapse-forecast">
      {t("lapse", { level: level.level, date: formatDate(level.lapsesOn, locale), needed: level.neededBy })}
    </p>
  );
}

/**
 * One competency: where the partner stands toward silver and gold, the first few references that
 * count and a link to all of them (a partner may have thousands: the page never lists them all).
 */
export async function CompetencyCard({
  competency: c,
  listHref,
}: {
  competency: CompetencyCardData;
  /** The Reference List filtered to this competency. */
  listHref: string;
}) {
  const [t, locale] = await Promise.all([getPortalT("competencies.card"), getPortalLocale()]);
  const headingId = `competency-${c.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="competency-card"
    >
      <div className="flex items-start justify-between gap-3">
        <h2 id={headingId} className="font-semibold text-slate-900">
          {c.name}
        </h2>
        <LevelBadge silverMet={c.silverMet} goldMet={c.goldMet} t={t} />
      </div>
      <p className="mt-1 text-sm text-slate-600" data-testid="competency-count">
        {t("countToday", { count: c.count })}
      </p>
      <div className="mt-4 space-y-3">
        <ProgressBar
          label={t("silver")}
          accessibleLabel={t("silverFor", { competency: c.name })}
          count={c.count}
          required={c.silverRequired}
          tone="silver"
        />
        <ProgressBar
          label={t("gold")}
          accessibleLabel={t("goldFor", { competency: c.name })}
          count={c.count}
          required={c.goldRequired}
          tone="gold"
        />
        <LapseForecast level={c.levels[1]} t={t} locale={locale} />
        {!c.levels[1].held && <LapseForecast level={c.levels[0]} t={t} locale={locale} />}
      </div>
      {c.references.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">{t("referencesAssigned")}</summary>
          <ul className="mt-2 space-y-1">
            {c.references.map((r) => (
              <li key={r.id}>
                {/* Plain anchors: 70 client-side Links cost the page more to render than they save. */}
                <a href={`/references/${r.id}`} className="link font-normal">
                  {r.customerCompany}
                </a>
                <span className="text-slate-600">
                  {` — ${t(r.counts ? "countsUntil" : "stoppedCounting", {
                    project: r.projectTitle,
                    date: formatDate(r.countsUntil, locale),
                  })}`}
                </span>
              </li>
            ))}
          </ul>
          {c.count > c.references.length && (
            <p className="mt-2 text-slate-600">
              {t("firstOf", { shown: c.references.length, count: c.count })}
            </p>
          )}
          <Link href={listHref} className="link mt-2 inline-block">
            {t("showInList", { count: c.count })}
          </Link>
        </details>
      )}
    </section>
  );
}
