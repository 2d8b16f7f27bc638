import type { Actor } from "../auth/actor";
import { isContactErased } from "../customers/erased";
import type { Prisma } from "../db/generated/client";
import type { ReferenceStatus } from "../db/generated/enums";
import { type RowActions, rowActions } from "./row-actions";
import { STATUS_LABELS } from "./wording";

// One Reference List row: the columns selected, and how they reach the page.

export const listRowSelect = {
  id: true,
  partnerId: true,
  customerCompany: true,
  contactName: true,
  contactEmail: true,
  projectTitle: true,
  projectType: true,
  locationId: true,
  location: { select: { name: true } },
  partner: { select: { name: true } },
  status: true,
  firstSentAt: true,
  lastSentAt: true,
  sendCount: true,
  competencyId: true,
  competency: { select: { name: true } },
  createdAt: true, // a sort key: page cursors carry it
  deliveryFailedAt: true, // R17: "Email not delivered"
} satisfies Prisma.ReferenceRequestSelect;

export type ListRowRecord = Prisma.ReferenceRequestGetPayload<{ select: typeof listRowSelect }>;

export interface ReferenceRow {
  id: string;
  customerCompany: string;
  contactName: string;
  contactEmail: string;
  projectTitle: string;
  projectType: string;
  locationId: string;
  locationName: string;
  partnerId: string;
  partnerName: string;
  status: ReferenceStatus;
  statusLabel: string;
  firstSentAt: Date;
  lastSentAt: Date;
  sendCount: number;
  competencyId: string | null;
  competencyName: string | null;
  createdAt: Date;
  /** R17: when the customer's server refused the latest request email; null while it arrived or is on its way. */
  deliveryFailedAt: Date | null;
  /** R21: the contact's name and address were erased; the page says so in their place. */
  contactErased: boolean;
  actions: RowActions;
}

export function toReferenceRow(actor: Actor, record: ListRowRecord, now: Date): ReferenceRow {
  return { ...referenceColumns(record), actions: rowActions(actor, record, now) };
}

/** A row's facts, without what one actor may do with it (webhooks send these to machines). */
export function referenceColumns(record: ListRowRecord): Omit<ReferenceRow, "actions"> {
  const { location, partner, competency, ...columns } = record;
  return {
    ...columns,
    locationName: location.name,
    partnerName: partner.name,
    statusLabel: STATUS_LABELS[record.status],
    competencyName: competency?.name ?? null,
    contactErased: isContactErased(record),
  };
}
