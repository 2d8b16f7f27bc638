import Link from "next/link";
import { formatDate } from "@/lib/dates";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import type { ActionAvailability } from "@/lib/references/row-actions";
import { StatusBadge } from "../ui/status-badge";
import type { FormAction } from "./action-types";
import { RowActions, type RowActionWords } from "./row-actions";

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

export async function ReferenceTable({
  rows,
  showPartner,
  resendAction,
}: {
  rows: ReferenceTableRow[];
  showPartner: boolean;
  resendAction: FormAction<{ lastSentAt: Date; sendCount: number }>;
}) {
  // One translator for the whole table; each row only reads the words made here.
  const [t, locale] = await Promise.all([getPortalT("referenceList.table"), getPortalLocale()]);
  const contactErased = t("contactErased");
  const notDelivered = t("emailNotDelivered");
  const reasons = new Map<string, string>();
  const words: RowActionWords = {
    noAction: t("noAction"),
    Assign: t("assign"),
    Reassign: t("reassign"),
    // Rows share the rules' few sentences (and a handful of dates): each is translated once.
    localize: (reason) => {
      let text = reasons.get(reason);
      if (text === undefined) {
        text = localizeLibText(locale, reason);
        reasons.set(reason, text);
      }
      return text;
    },
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="ref-table min-w-full divide-y divide-slate-200">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col">{t("customer")}</th>
            <th scope="col">{t("contact")}</th>
            <th scope="col">{t("project")}</th>
            <th scope="col">{t("location")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("lastSent")}</th>
            <th scope="col">{t("competency")}</th>
            <th scope="col">{t("actions")}</th>
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
                  <p className="note">{contactErased}</p>
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
                {row.deliveryFailedAt && <p className="undelivered">{notDelivered}</p>}
              </td>
              <td className="whitespace-nowrap tabular-nums" data-testid="last-sent">
                {formatDate(row.lastSentAt, locale)}
                {row.sendCount > 1 && <p className="note">{t("sentTimes", { count: row.sendCount })}</p>}
              </td>
              <td>{row.competencyName ?? <span className="text-slate-500">—</span>}</td>
              <td>
                <RowActions referenceId={row.id} {...row.actions} resendAction={resendAction} words={words} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
