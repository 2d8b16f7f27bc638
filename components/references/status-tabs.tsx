import { getPortalT } from "@/lib/i18n/request-locale";
import { FilterTabs } from "../ui/filter-tabs";
import { type ListParams, listHref } from "./list-url";

/** Counts per status; each one filters the Reference List to that status ("All" clears it). */
export async function StatusTabs({
  params,
  counts,
  labels,
}: {
  params: ListParams;
  counts: Record<string, number>;
  labels: Record<string, string>;
}) {
  const t = await getPortalT("referenceList.statusTabs");
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs = [
    {
      key: "ALL",
      label: t("all"),
      count: total,
      href: listHref(params, {
        status: undefined,
        page: undefined,
        after: undefined,
        before: undefined,
        from: undefined,
      }),
    },
    ...Object.entries(labels).map(([key, label]) => ({
      key,
      label,
      count: counts[key] ?? 0,
      href: listHref(params, {
        status: key,
        page: undefined,
        after: undefined,
        before: undefined,
        from: undefined,
      }),
    })),
  ];
  return <FilterTabs label={t("label")} tabs={tabs} current={params.status ?? "ALL"} testIdPrefix="count" />;
}
