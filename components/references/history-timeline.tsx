import { formatDateTime } from "@/lib/dates";

export type HistoryEntry = {
  id: string;
  type: string;
  actorKind: string;
  actorLabel: string;
  before: unknown;
  after: unknown;
  note: string | null;
  createdAt: Date;
};

const WHAT: Record<string, string> = {
  CREATED: "Request created",
  SENT: "Request email sent",
  RESENT: "Request sent again",
  CUSTOMER_APPROVED: "Approved by the customer",
  CUSTOMER_REJECTED: "Rejected by the customer",
  AUTO_APPROVED: "Auto-approved after six weeks",
  CANCELED: "Canceled by the Regional Service Center",
  ASSIGNED: "Assigned to a competency",
  REASSIGNED: "Reassigned to another competency",
  DELIVERY_FAILED: "Email not delivered",
  CONTACT_CORRECTED: "Contact's email corrected and the request sent again",
  CUSTOMER_WITHDREW: "Approval withdrawn by the customer",
};

const WHO: Record<string, string> = {
  PARTNER_USER: "Partner user",
  CUSTOMER: "Customer",
  SYSTEM: "System",
  AGENT: "Service center agent",
};

const FIELD_LABELS: Record<string, string> = {
  competencyName: "Competency",
  status: "Status",
  statusLabel: "Status",
  lastSentAt: "Last sent",
  sendCount: "Times sent",
  to: "Sent to",
  contactEmail: "Contact email",
  firstSentAt: "Six weeks counted from",
  reason: "Server's answer",
};

function show(value: unknown, labels: Record<string, string>): string {
  if (typeof value === "string" && value in labels) return labels[value]!;
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
  return String(value);
}

/** before → after for the fields people care about (ids and raw keys are left out). */
function changes(
  before: unknown,
  after: unknown,
  labels: Record<string, string>,
): { field: string; from: string | null; to: string }[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  return Object.keys(FIELD_LABELS)
    .filter((key) => key in a || key in b)
    .filter((key) => !(key === "status" && "statusLabel" in a))
    .map((key) => ({
      field: FIELD_LABELS[key]!,
      from: key in b ? show(b[key], labels) : null,
      to: show(a[key], labels),
    }));
}

/** R14: who did what, when, and what changed — oldest first. */
export function HistoryTimeline({
  entries,
  statusLabels,
}: {
  entries: HistoryEntry[];
  /** Status codes as people read them (STATUS_LABELS). */
  statusLabels: Record<string, string>;
}) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No history yet.</p>;
  return (
    <ol className="relative space-y-5 border-l-2 border-slate-200 pl-6" aria-label="History">
      {entries.map((e) => (
        <li key={e.id} className="relative" data-testid="history-entry">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[31px] h-3 w-3 rounded-full border-2 border-white bg-brand-600"
          />
          <p className="font-semibold text-slate-900">{WHAT[e.type] ?? e.type}</p>
          <p className="text-sm text-slate-600">
            <time dateTime={new Date(e.createdAt).toISOString()}>{formatDateTime(e.createdAt)}</time> ·{" "}
            {e.actorLabel} <span className="text-slate-500">({WHO[e.actorKind] ?? e.actorKind})</span>
          </p>
          {changes(e.before, e.after, statusLabels).map((c) => (
            <p key={c.field} className="mt-1 text-sm text-slate-800">
              {c.field}:{" "}
              {c.from !== null && (
                <>
                  <span className="text-slate-600">{c.from}</span> <span aria-hidden="true">→</span>
                  <span className="sr-only">changed to</span>{" "}
                </>
              )}
              <strong>{c.to}</strong>
            </p>
          ))}
          {e.note && <p className="mt-1 text-sm italic text-slate-700">“{e.note}”</p>}
        </li>
      ))}
    </ol>
  );
}
