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
  contactErased: boolean;
  projectTitle: string;
  projectTypeLabel: string;
  locationName: string;
  partnerName: string;
  status: string;
  statusLabel: string;
  lastSentAt: Date;
  sendCount: number;
  deliveryFailedAt: Date | null;
  competencyName: string | null;
  actions: { resend: ActionAvailability | null; assign: ActionAvailability | null };
};

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
      <table className="ref-table min-w-full divide-y divide-slate-200">
        <caption className="sr-only">Customer reference requests</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Contact</th>
            <th scope="col">Project</th>
            <th scope="col">Location</th>
            <th scope="col">Status</th>
            <th scope="col">Last sent</th>
            <th scope="col">Competency</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-testid="reference-row">
              <td>
                <Link href={`/references/${row.id}`} className="link font-semibold">
                  {row.customerCompany}
                </Link>
                {showPartner && <p className="note">{row.partnerName}</p>}
              </td>
              <td>
                {row.contactErased ? (
                  <p className="note">Contact erased</p>
                ) : (
                  <>
                    <p>{row.contactName}</p>
                    <p className="note break-all">{row.contactEmail}</p>
                  </>
                )}
              </td>
              <td>
                <p>{row.projectTitle}</p>
                <p className="note">{row.projectTypeLabel}</p>
              </td>
              <td>{row.locationName}</td>
              <td>
                <StatusBadge status={row.status} label={row.statusLabel} />
                {row.deliveryFailedAt && <p className="undelivered">Email not delivered</p>}
              </td>
              <td className="whitespace-nowrap tabular-nums" data-testid="last-sent">
                {formatDate(row.lastSentAt)}
                {row.sendCount > 1 && <p className="note">sent {row.sendCount} times</p>}
              </td>
              <td>{row.competencyName ?? <span className="text-slate-500">—</span>}</td>
              <td>
                <RowActions referenceId={row.id} {...row.actions} resendAction={resendAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
