import type { CatalogEntry } from "@/lib/competencies/catalog-queries";

/** The competency requirements: counts and eligible project types, retired ones marked. */
export function CompetencyRequirements({
  catalog,
  typeLabels,
}: {
  catalog: CatalogEntry[];
  typeLabels: Record<string, string>;
}) {
  return (
    <section aria-labelledby="requirements" className="space-y-3">
      <h2 id="requirements" className="text-lg font-semibold">
        Competency requirements
      </h2>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Competency
            </th>
            <th scope="col" className="px-3 py-2">
              Silver
            </th>
            <th scope="col" className="px-3 py-2">
              Gold
            </th>
            <th scope="col" className="px-3 py-2">
              Counts for
            </th>
            <th scope="col" className="px-3 py-2">
              Eligible project types
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
                    Retired: no new references
                  </span>
                )}
              </th>
              <td className="px-3 py-2 tabular-nums">{c.silverRequired}</td>
              <td className="px-3 py-2 tabular-nums">{c.goldRequired}</td>
              <td className="px-3 py-2 tabular-nums">{c.countingMonths} months</td>
              <td className="px-3 py-2">{c.projectTypes.map((t) => typeLabels[t] ?? t).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
