import Link from "next/link";
import { getPortalT } from "@/lib/i18n/request-locale";
import { linkClass } from "../ui/styles";

export type PartnerTableRow = {
  id: string;
  name: string;
  awaitingCount: number;
  unassignedApprovedCount: number;
};

const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const td = "px-3 py-3 align-top text-sm";

/** The agents' partner search results, each linking to that partner's list and competencies. */
export async function PartnerTable({ partners }: { partners: PartnerTableRow[] }) {
  const t = await getPortalT("agentAdmin.partnerTable");
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              {t("partner")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("awaiting")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("unassigned")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("links")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {partners.map((p) => (
            <tr key={p.id} data-testid="partner-row">
              <th scope="row" className={`${td} text-left font-semibold text-slate-900`}>
                <Link href={`/service-center/partners/${p.id}`} className={linkClass}>
                  {p.name}
                </Link>
              </th>
              <td className={`${td} text-right tabular-nums`} data-testid="awaiting-count">
                {p.awaitingCount}
              </td>
              <td className={`${td} text-right tabular-nums`} data-testid="unassigned-count">
                {p.unassignedApprovedCount}
              </td>
              <td className={td}>
                <span className="flex flex-wrap gap-x-4 gap-y-1">
                  <Link href={`/references?partnerId=${p.id}`} className={linkClass}>
                    {t.rich("referenceList", { name: p.name, sr })}
                  </Link>
                  <Link href={`/competencies?partnerId=${p.id}`} className={linkClass}>
                    {t.rich("competencies", { name: p.name, sr })}
                  </Link>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
