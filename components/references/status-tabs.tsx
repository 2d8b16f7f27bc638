import Link from "next/link";
import { type ListParams, listHref } from "./list-url";

/** Counts per status; each one filters the list to that status. */
export function StatusTabs({
  params,
  counts,
  labels,
}: {
  params: ListParams;
  counts: Record<string, number>;
  labels: Record<string, string>;
}) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: { key: string | undefined; label: string; count: number }[] = [
    { key: undefined, label: "All", count: total },
    ...Object.entries(labels).map(([key, label]) => ({ key, label, count: counts[key] ?? 0 })),
  ];
  return (
    <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
      {tabs.map((tab) => {
        const current = params.status === tab.key;
        return (
          <Link
            key={tab.key ?? "all"}
            href={listHref(params, {
              status: tab.key,
              page: undefined,
              after: undefined,
              before: undefined,
              from: undefined,
            })}
            aria-current={current ? "page" : undefined}
            className={`inline-flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${
              current
                ? "border-brand-600 bg-brand-600 text-white"
                : "border-slate-300 bg-white text-slate-800 hover:border-brand-600"
            }`}
          >
            {tab.label}
            <span
              className={`rounded-full px-2 py-0.5 text-xs tabular-nums ${current ? "bg-brand-800 text-white" : "bg-slate-100 text-slate-700"}`}
              data-testid={`count-${tab.key ?? "ALL"}`}
            >
              {tab.count}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
