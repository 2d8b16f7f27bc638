import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import type { FailedEmailRow } from "@/lib/email/failed";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { linkClass } from "../ui/styles";

/** FAILED emails for agents: who it was for, what the server answered, and what it belongs to. */
export async function EmailFailedTable({
  rows,
  renderAction,
}: {
  rows: FailedEmailRow[];
  renderAction: (row: FailedEmailRow) => React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getPortalT("serviceCenter.email.table"), getPortalLocale()]);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">
              {t("to")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("subject")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("belongsTo")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("lastError")}
            </th>
            <th scope="col" className="px-4 py-3">
              {t("attempts")}
            </th>
            <th scope="col" className="px-4 py-3">
              <span className="sr-only">{t("action")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="failed-email-row" className="align-top">
              <td className="px-4 py-3 break-all">{row.to}</td>
              <td className="px-4 py-3">
                {/* The subject as sent, in its recipient's language: data, not the page's words. */}
                <span translate="no">{row.subject}</span>
                <span className="block text-xs text-slate-500">
                  {t("queued", { template: row.template, date: formatDateTime(row.createdAt, locale) })}
                </span>
              </td>
              <td className="px-4 py-3">
                {row.reference ? (
                  <Link href={`/references/${row.reference.id}`} className={linkClass}>
                    {row.reference.customerCompany} ({row.reference.partnerName})
                  </Link>
                ) : row.user ? (
                  `${row.user.name} (${row.user.email})`
                ) : (
                  "—"
                )}
              </td>
              <td className="px-4 py-3 font-mono text-xs break-words">{row.lastError ?? "—"}</td>
              <td className="px-4 py-3 tabular-nums">{row.attempts}</td>
              <td className="px-4 py-3">{renderAction(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
