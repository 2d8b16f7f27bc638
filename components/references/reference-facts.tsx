import { formatDate, formatDateTime } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";

type Facts = {
  contactName: string;
  contactEmail: string;
  contactErased: boolean;
  projectTitle: string;
  /** In the page's language (the page translates it). */
  projectTypeLabel: string;
  projectDescription: string;
  completedOn: Date;
  locationName: string;
  partnerName: string;
  createdAt: Date;
  firstSentAt: Date;
  lastSentAt: Date;
  sendCount: number;
  /** In the page's language (the page translates it). */
  statusLabel: string;
  competencyName: string | null;
};

/** Every field of one reference request as a description list. */
export async function ReferenceFacts({
  reference: r,
  showPartner,
}: {
  reference: Facts;
  showPartner: boolean;
}) {
  const locale = await getPortalLocale();
  const t = await getPortalT("referenceDetail.facts");
  const items: [string, string, React.ReactNode][] = [
    ["status", t("status"), r.statusLabel],
    ...(r.contactErased
      ? ([["contact", t("customerContact"), t("contactErased")]] as [string, string, React.ReactNode][])
      : ([
          ["contact", t("customerContact"), r.contactName],
          [
            "email",
            t("contactEmail"),
            <span key="e" className="break-all">
              {r.contactEmail}
            </span>,
          ],
        ] as [string, string, React.ReactNode][])),
    ["project", t("project"), r.projectTitle],
    ["projectType", t("projectType"), r.projectTypeLabel],
    ["completedOn", t("completedOn"), formatDate(r.completedOn, locale)],
    ["location", t("location"), r.locationName],
    ...(showPartner
      ? ([["partner", t("partner"), r.partnerName]] as [string, string, React.ReactNode][])
      : []),
    ["created", t("created"), formatDateTime(r.createdAt, locale)],
    ["firstSent", t("firstSent"), formatDateTime(r.firstSentAt, locale)],
    ["lastSent", t("lastSent"), formatDateTime(r.lastSentAt, locale)],
    ["timesSent", t("timesSent"), new Intl.NumberFormat(locale).format(r.sendCount)],
    ["competency", t("competency"), r.competencyName ?? t("notAssigned")],
  ];
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {items.map(([key, label, value]) => (
          <div key={key}>
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
            <dd className="mt-0.5 text-sm text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-slate-600">
        {t("projectDescription")}
      </h3>
      <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{r.projectDescription}</p>
    </div>
  );
}
