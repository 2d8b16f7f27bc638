import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";

export type CaseRow = {
  id: string;
  type: string;
  status: string;
  partnerId?: string;
  partnerName: string;
  referenceId: string | null;
  customerCompany: string | null;
  message: string;
  programAdministrator: string | null;
  competencyId?: string | null;
  competencyName: string | null;
  openedByName: string | null;
  resolvedByName: string | null;
  resolution: string | null;
  createdAt: Date;
};

// Case kinds and statuses by enum value, as lib/service-center/labels.ts names them in English.
const TYPES = new Set(["CANCELLATION", "ASSIGNMENT_HELP"] as const);
const STATUSES = new Set(["OPEN", "RESOLVED", "DECLINED"] as const);
const isIn = <K extends string>(set: Set<K>, value: string): value is K => set.has(value as K);

/** Service-center cases, each with its reference, who asked and what came of it. */
export async function CaseList({
  cases,
  showPartner,
  renderActions,
  empty,
}: {
  cases: CaseRow[];
  showPartner: boolean;
  renderActions?: (c: CaseRow) => React.ReactNode;
  /** What to say, and what to do, when there is nothing to show. */
  empty?: React.ReactNode;
}) {
  const [t, locale] = await Promise.all([getPortalT("serviceCenter.cases"), getPortalLocale()]);
  if (cases.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
        {empty ?? <p>{t("list.noCases")}</p>}
      </div>
    );
  }
  return (
    <ul className="space-y-3">
      {cases.map((c) => (
        <li
          key={c.id}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          data-testid="service-case"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="font-semibold">
              {isIn(TYPES, c.type) ? t(`caseTypes.${c.type}`) : c.type}
              {c.customerCompany && c.referenceId && (
                <>
                  {" — "}
                  <Link
                    href={`/references/${c.referenceId}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {c.customerCompany}
                  </Link>
                </>
              )}
            </h2>
            <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
              {isIn(STATUSES, c.status) ? t(`caseStatuses.${c.status}`) : c.status}
            </span>
          </div>
          <p className="mt-1 text-sm text-slate-600">
            {showPartner &&
              (c.partnerId ? (
                <>
                  <Link
                    href={`/references?partnerId=${c.partnerId}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {c.partnerName}
                  </Link>
                  {" · "}
                </>
              ) : (
                `${c.partnerName} · `
              ))}
            {c.openedByName
              ? t("list.openedBy", { date: formatDateTime(c.createdAt, locale), name: c.openedByName })
              : t("list.opened", { date: formatDateTime(c.createdAt, locale) })}
          </p>
          {c.programAdministrator && (
            <p className="mt-1 text-sm">{t("list.requestedBy", { name: c.programAdministrator })}</p>
          )}
          {c.competencyName && (
            <p className="mt-1 text-sm">{t("list.competency", { name: c.competencyName })}</p>
          )}
          {c.message && <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{c.message}</p>}
          {c.resolution && (
            <p className="mt-2 text-sm text-slate-700">
              {t("list.resolution", { name: c.resolvedByName ?? t("list.agent"), resolution: c.resolution })}
            </p>
          )}
          {renderActions?.(c)}
        </li>
      ))}
    </ul>
  );
}
