import { formatDate, formatDateTime } from "@/lib/dates";

type Facts = {
  contactName: string;
  contactEmail: string;
  contactErased: boolean;
  projectTitle: string;
  projectTypeLabel: string;
  projectDescription: string;
  completedOn: Date;
  locationName: string;
  partnerName: string;
  createdAt: Date;
  firstSentAt: Date;
  lastSentAt: Date;
  sendCount: number;
  statusLabel: string;
  competencyName: string | null;
};

/** Every field of one reference request as a description list. */
export function ReferenceFacts({ reference: r, showPartner }: { reference: Facts; showPartner: boolean }) {
  const items: [string, React.ReactNode][] = [
    ["Status", r.statusLabel],
    ...(r.contactErased
      ? ([["Customer contact", "Contact erased"]] as [string, React.ReactNode][])
      : ([
          ["Customer contact", r.contactName],
          [
            "Contact email",
            <span key="e" className="break-all">
              {r.contactEmail}
            </span>,
          ],
        ] as [string, React.ReactNode][])),
    ["Project", r.projectTitle],
    ["Project type", r.projectTypeLabel],
    ["Completed on", formatDate(r.completedOn)],
    ["Location", r.locationName],
    ...(showPartner ? ([["Partner", r.partnerName]] as [string, React.ReactNode][]) : []),
    ["Created", formatDateTime(r.createdAt)],
    ["First sent", formatDateTime(r.firstSentAt)],
    ["Last sent", formatDateTime(r.lastSentAt)],
    ["Times sent", r.sendCount],
    ["Competency", r.competencyName ?? "Not assigned"],
  ];
  return (
    <div>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</dt>
            <dd className="mt-0.5 text-sm text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-5 text-xs font-semibold uppercase tracking-wide text-slate-600">
        Project description
      </h3>
      <p className="mt-1 whitespace-pre-line text-sm text-slate-900">{r.projectDescription}</p>
    </div>
  );
}
