import Link from "next/link";
import type { LevelForecast } from "@/lib/competencies/counting";
import type { CompetencyProgressRow as CompetencyCardData } from "@/lib/competencies/progress";
import { formatDate } from "@/lib/dates";
import { ProgressBar } from "../ui/progress-bar";

function LevelBadge({ silverMet, goldMet }: { silverMet: boolean; goldMet: boolean }) {
  if (goldMet)
    return (
      <span className="shrink-0 whitespace-nowrap rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300">
        Gold met
      </span>
    );
  if (silverMet)
    return (
      <span className="shrink-0 whitespace-nowrap rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800 ring-1 ring-slate-300">
        Silver met
      </span>
    );
  return (
    <span className="shrink-0 whitespace-nowrap rounded-full bg-white px-2.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300">
      In progress
    </span>
  );
}

const LEVEL_LABEL = { silver: "Silver", gold: "Gold" } as const;

/** R19: "Gold at risk on 14 Mar 2027 — 2 more approved references needed by then". */
function LapseForecast({ level }: { level: LevelForecast }) {
  if (!level.held || !level.lapsesOn) return null;
  const more =
    level.neededBy === 1 ? "1 more approved reference" : `${level.neededBy} more approved references`;
  return (
    <p className="undelivered" data-testid="lapse-forecast">
      {`${LEVEL_LABEL[level.level]} at risk on ${formatDate(level.lapsesOn)} — ${more} needed by then`}
    </p>
  );
}

/**
 * One competency: where the partner stands toward silver and gold, the first few references that
 * count and a link to all of them (a partner may have thousands: the page never lists them all).
 */
export function CompetencyCard({
  competency: c,
  listHref,
}: {
  competency: CompetencyCardData;
  /** The Reference List filtered to this competency. */
  listHref: string;
}) {
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
        <LevelBadge silverMet={c.silverMet} goldMet={c.goldMet} />
      </div>
      <p className="mt-1 text-sm text-slate-600" data-testid="competency-count">
        {c.count === 1 ? "1 reference counts today" : `${c.count} references count today`}
      </p>
      <div className="mt-4 space-y-3">
        <ProgressBar
          label="Silver"
          accessibleLabel={`${c.name}: silver`}
          count={c.count}
          required={c.silverRequired}
          tone="silver"
        />
        <ProgressBar
          label="Gold"
          accessibleLabel={`${c.name}: gold`}
          count={c.count}
          required={c.goldRequired}
          tone="gold"
        />
        <LapseForecast level={c.levels[1]} />
        {!c.levels[1].held && <LapseForecast level={c.levels[0]} />}
      </div>
      {c.references.length > 0 && (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">References assigned to it</summary>
          <ul className="mt-2 space-y-1">
            {c.references.map((r) => (
              <li key={r.id}>
                {/* Plain anchors: 70 client-side Links cost the page more to render than they save. */}
                <a href={`/references/${r.id}`} className="link font-normal">
                  {r.customerCompany}
                </a>
                <span className="text-slate-600">
                  {` — ${r.projectTitle} · ${r.counts ? "counts until" : "stopped counting on"} ${formatDate(r.countsUntil)}`}
                </span>
              </li>
            ))}
          </ul>
          {c.count > c.references.length && (
            <p className="mt-2 text-slate-600">
              The first {c.references.length} of {c.count.toLocaleString("en-US")} by customer name.
            </p>
          )}
          <Link href={listHref} className="link mt-2 inline-block">
            {c.count === 1
              ? "Show it in the Reference List"
              : `Show all ${c.count.toLocaleString("en-US")} in the Reference List`}
          </Link>
        </details>
      )}
    </section>
  );
}
