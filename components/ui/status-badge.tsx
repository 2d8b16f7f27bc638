const tones: Record<string, string> = {
  AWAITING_APPROVAL: "bg-amber-100 text-amber-900 ring-amber-300",
  CUSTOMER_APPROVED: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  MICROSOFT_AUTO_APPROVED: "bg-sky-100 text-sky-900 ring-sky-300",
  CUSTOMER_REJECTED: "bg-red-100 text-red-900 ring-red-300",
  CANCELED: "bg-slate-200 text-slate-800 ring-slate-300",
};

/** A reference status, shown with its exact label from rules.md (passed in by the page). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status] ?? tones.CANCELED}`}
    >
      {label}
    </span>
  );
}
