import { getPortalT } from "@/lib/i18n/request-locale";
import type { LocationRow } from "@/lib/users/queries";

/** Who administers which location (read-only): where the R5/R6 refusals send people. */
export async function LocationAdmins({
  locations,
  globals,
}: {
  locations: LocationRow[];
  globals: string[];
}) {
  const t = await getPortalT("settings.locationAdmins");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {t.rich("globals", {
          names: globals.join(", ") || t("none"),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2">
              {t("location")}
            </th>
            <th scope="col" className="px-4 py-2">
              {t("localAdministrators")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {locations.map((l) => (
            <tr key={l.id}>
              <td className="px-4 py-2">
                {l.name} <span className="text-slate-600">({l.country})</span>
                {l.archivedAt && (
                  <span className="ml-2 text-xs font-semibold text-amber-800">{t("archived")}</span>
                )}
              </td>
              <td className="px-4 py-2">{l.administrators.join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
