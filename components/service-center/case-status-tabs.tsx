import { getPortalT } from "@/lib/i18n/request-locale";
import type { CaseView } from "@/lib/service-center/list-query";
import { FilterTabs } from "../ui/filter-tabs";

const VIEWS: CaseView[] = ["OPEN", "RESOLVED", "DECLINED", "ALL"];

/** The case list's status filter. */
export async function CaseStatusTabs({
  current,
  counts,
}: {
  current: CaseView;
  counts: Record<CaseView, number>;
}) {
  const t = await getPortalT("serviceCenter.cases.tabs");
  const tabs = VIEWS.map((key) => ({
    key,
    label: t(key),
    count: counts[key],
    href: `/service-center?status=${key}`,
  }));
  return <FilterTabs label={t("label")} tabs={tabs} current={current} testIdPrefix="case-count" />;
}
