import Link from "next/link";

export const CASE_VIEWS = [
  { key: "OPEN", label: "Open" },
  { key: "RESOLVED", label: "Resolved" },
  { key: "DECLINED", label: "Declined" },
  { key: "ALL", label: "All" },
] as const;

export type CaseView = (typeof CASE_VIEWS)[number]["key"];

/** The case list's status filter: plain links, so the view lives in the URL. */
export function CaseStatusTabs({ current, counts }: { current: CaseView; counts: Record<CaseView, number> }) {
  return (
    <nav aria-label="Filter cases by status" className="flex flex-wrap gap-2">
      {CASE_VIEWS.map((tab) => {
        const active = tab.key === current;
        return (
          <Link
            key={tab.key}
            href={`/service-center?status=${tab.key}`}
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
              data-testid={`case-count-${tab.key}`}
            >
              {counts[tab.key]}
            </span>
          </Link>
        );
      })}
    </nav>
  );
}
