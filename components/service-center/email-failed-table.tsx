import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import type { FailedEmailRow } from "@/lib/email/failed";
import { linkClass } from "../ui/styles";

/** FAILED emails for agents: who it was for, what the server answered, and what it belongs to. */
export function EmailFailedTable({
  rows,
  renderAction,
}: {
  rows: FailedEmailRow[];
  renderAction: (row: FailedEmailRow) => React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Emails that could not be delivered, oldest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-3">
              To
            </th>
            <th scope="col" className="px-4 py-3">
              Subject
            </th>
            <th scope="col" className="px-4 py-3">
              Belongs to
            </th>
            <th scope="col" className="px-4 py-3">
              Last error
            </th>
            <th scope="col" className="px-4 py-3">
              Attempts
            </th>
            <th scope="col" className="px-4 py-3">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="failed-email-row" className="align-top">
              <td className="px-4 py-3 break-all">{row.to}</td>
              <td className="px-4 py-3">
                {row.subject}
                <span className="block text-xs text-slate-500">
                  {row.template} · queued {formatDateTime(row.createdAt)}
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
