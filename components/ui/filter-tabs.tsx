import Link from "next/link";

export type FilterTab = { key: string; label: string; count: number; href: string };

/** Pill links with a count each, one per value of a list's filter; the view lives in the URL. */
export function FilterTabs({
  label,
  tabs,
  current,
  testIdPrefix,
}: {
  /** The navigation's accessible name, e.g. "Filter by status". */
  label: string;
  tabs: FilterTab[];
  current: string;
  testIdPrefix: string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2">
      {tabs.map((tab) => {
        const active = tab.key === current;
        return (
          <Link
            key={tab.key}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${
              active
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-800 hover:border-brand-600"
            }`}
          >
            {tab.label}
            <span
              className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${active ? "bg-brand-800 text-white" : "bg-slate-100 text-slate-700"}`}
              data-testid={`${testIdPrefix}-${tab.key}`}
            >
              {tab.count}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
