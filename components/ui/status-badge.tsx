import type { ReferenceStatus } from "@/lib/db/generated/enums";
import { getPortalT } from "@/lib/i18n/request-locale";

// Tones as classes of app/globals.css (the badge repeats on every row of the Reference List).
const tones: Record<string, string> = {
  AWAITING_APPROVAL: "badge-awaiting",
  CUSTOMER_APPROVED: "badge-approved",
  MICROSOFT_AUTO_APPROVED: "badge-auto",
  CUSTOMER_REJECTED: "badge-rejected",
  CANCELED: "badge-canceled",
  CUSTOMER_WITHDREW: "badge-canceled",
};

/**
 * A reference status with its label from rules.md in the page's language (common.statuses). Lists
 * pass `label`, translated once per page; without it the badge translates its own status.
 */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  if (label === undefined) return <TranslatedStatusBadge status={status} />;
  return <span className={`badge ${tones[status] ?? tones.CANCELED}`}>{label}</span>;
}

async function TranslatedStatusBadge({ status }: { status: string }) {
  const t = await getPortalT("common.statuses");
  const label = status in tones ? t(status as ReferenceStatus) : status;
  return <StatusBadge status={status} label={label} />;
}
