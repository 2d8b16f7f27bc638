import type { ReferenceEventType } from "../db/generated/enums";

// Issue 19: which reference changes a receiver can subscribe to. SENT (always right after CREATED)
// and CONTACT_CORRECTED (a new link to the customer) say nothing a receiver can act on.

export const WEBHOOK_EVENT_FOR: Partial<Record<ReferenceEventType, WebhookEventType>> = {
  CREATED: "reference.created",
  RESENT: "reference.resent",
  CUSTOMER_APPROVED: "reference.approved",
  CUSTOMER_REJECTED: "reference.rejected",
  AUTO_APPROVED: "reference.auto_approved",
  CANCELED: "reference.canceled",
  ASSIGNED: "reference.assigned",
  REASSIGNED: "reference.reassigned",
  DELIVERY_FAILED: "reference.email_failed",
  CUSTOMER_WITHDREW: "reference.withdrawn",
};

export const WEBHOOK_EVENT_TYPES = [
  "reference.created",
  "reference.resent",
  "reference.approved",
  "reference.rejected",
  "reference.auto_approved",
  "reference.canceled",
  "reference.assigned",
  "reference.reassigned",
  "reference.email_failed",
  "reference.withdrawn",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What "Send test event" sends; never subscribed to, always allowed. */
export const TEST_EVENT_TYPE = "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "reference.created": "Reference created",
  "reference.resent": "Request resent",
  "reference.approved": "Customer approved",
  "reference.rejected": "Customer rejected",
  "reference.auto_approved": "Auto-approved",
  "reference.canceled": "Canceled",
  "reference.assigned": "Assigned to a competency",
  "reference.reassigned": "Reassigned",
  "reference.email_failed": "Request email not delivered",
  "reference.withdrawn": "Customer withdrew",
};
