import Link from "next/link";
import { formatDate } from "@/lib/dates";
import type { ActionAvailability } from "@/lib/references/row-actions";
import { StatusBadge } from "../ui/status-badge";
import type { FormAction } from "./action-types";
import { RowActions } from "./row-actions";

export type ReferenceTableRow = {
  id: string;
  customerCompany: string;
  contactName: string;
  contactEmail: string;
  projectTitle: string;
  projectTypeLabel: string;
  locationName: string;
  partnerName: string;
  status: string;
  statusLabel: string;
  lastSentAt: Date;
  sendCount: number;
  competencyName: string | null;
  actions: { resend: ActionAvailability | null; assign: ActionAvailability | null };
};

const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const td = "px-3 py-3 align-top text-sm";

export function ReferenceTable({
  rows,
  showPartner,
  resendAction,
}: {
  rows: ReferenceTableRow[];
  showPartner: boolean;
  resendAction: FormAction<{ lastSentAt: Date; sendCount: number }>;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">Customer reference requests</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Customer
            </th>
            <th scope="col" className={th}>
              Contact
            </th>
            <th scope="col" className={th}>
              Project
            </th>
            <th scope="col" className={th}>
              Location
            </th>
            <th scope="col" className={th}>
              Status
            </th>
            <th scope="col" className={th}>
              Last sent
            </th>
            <th scope="col" className={th}>
              Competency
            </th>
            <th scope="col" className={th}>
              Actions
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="reference-row" className="hover:bg-slate-50/60">
              <td className={td}>
                <Link href={`/references/${row.id}`} className="font-semibold text-brand-700 hover:underline">
                  {row.customerCompany}
                </Link>
                {showPartner && <p className="text-xs text-slate-600">{row.partnerName}</p>}
              </td>
              <td className={td}>
                <p>{row.contactName}</p>
                <p className="break-all text-xs text-slate-600">{row.contactEmail}</p>
              </td>
              <td className={td}>
                <p>{row.projectTitle}</p>
                <p className="text-xs text-slate-600">{row.projectTypeLabel}</p>
              </td>
              <td className={td}>{row.locationName}</td>
              <td className={td}>
                <StatusBadge status={row.status} label={row.statusLabel} />
              </td>
              <td className={`${td} whitespace-nowrap tabular-nums`} data-testid="last-sent">
                {formatDate(row.lastSentAt)}
                {row.sendCount > 1 && <p className="text-xs text-slate-600">sent {row.sendCount} times</p>}
              </td>
              <td className={td}>{row.competencyName ?? <span className="text-slate-500">—</span>}</td>
              <td className={td}>
                <RowActions referenceId={row.id} {...row.actions} resendAction={resendAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
