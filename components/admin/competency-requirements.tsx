import type { CatalogEntry } from "@/lib/competencies/catalog-queries";
import { getPortalT } from "@/lib/i18n/request-locale";

/** The competency requirements: counts and eligible project types, retired ones marked. */
export async function CompetencyRequirements({
  catalog,
  typeLabels,
}: {
  catalog: CatalogEntry[];
  /** Each project type's name in the page's language (competencies.projectTypes). */
  typeLabels: Record<string, string>;
}) {
  const [t, common] = await Promise.all([getPortalT("competencies.requirements"), getPortalT("common")]);
  return (
    <section aria-labelledby="requirements" className="space-y-3">
      <h2 id="requirements" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("competency")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("silver")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("gold")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("countsFor")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("projectTypes")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {catalog.map((c) => (
            <tr key={c.id} data-testid="requirement-row">
              <th scope="row" className="px-3 py-2 font-medium">
                {c.name}
                {c.retiredAt && (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                    {t("retired")}
                  </span>
                )}
              </th>
              <td className="px-3 py-2 tabular-nums">{c.silverRequired}</td>
              <td className="px-3 py-2 tabular-nums">{c.goldRequired}</td>
              <td className="px-3 py-2 tabular-nums">{t("months", { months: c.countingMonths })}</td>
              <td className="px-3 py-2">
                {c.projectTypes.map((type) => typeLabels[type] ?? type).join(common("listSeparator"))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
