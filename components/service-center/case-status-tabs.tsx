import type { CaseView } from "@/lib/service-center/list-query";
import { FilterTabs } from "../ui/filter-tabs";

const LABELS: Record<CaseView, string> = {
  OPEN: "Open",
  RESOLVED: "Resolved",
  DECLINED: "Declined",
  ALL: "All",
};

/** The case list's status filter. */
export function CaseStatusTabs({ current, counts }: { current: CaseView; counts: Record<CaseView, number> }) {
  const tabs = (Object.keys(LABELS) as CaseView[]).map((key) => ({
    key,
    label: LABELS[key],
    count: counts[key],
    href: `/service-center?status=${key}`,
  }));
  return (
    <FilterTabs label="Filter cases by status" tabs={tabs} current={current} testIdPrefix="case-count" />
  );
}
