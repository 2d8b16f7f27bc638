// Tones as classes of app/globals.css (the badge repeats on every row of the Reference List).
const tones: Record<string, string> = {
  AWAITING_APPROVAL: "badge-awaiting",
  CUSTOMER_APPROVED: "badge-approved",
  MICROSOFT_AUTO_APPROVED: "badge-auto",
  CUSTOMER_REJECTED: "badge-rejected",
  CANCELED: "badge-canceled",
  CUSTOMER_WITHDREW: "badge-canceled",
};

/** A reference status, shown with its exact label from rules.md (passed in by the page). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${tones[status] ?? tones.CANCELED}`}>{label}</span>;
}
