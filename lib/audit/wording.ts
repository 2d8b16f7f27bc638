// How the activity page names each kind of change.

export const ACTIVITY_KINDS = [
  "REFERENCE",
  "USER",
  "LOCATION",
  "PARTNER",
  "CASE",
  "API_KEY",
  "WEBHOOK",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  REFERENCE: "References",
  USER: "Users and roles",
  LOCATION: "Locations",
  PARTNER: "Partner",
  CASE: "Service-center cases",
  API_KEY: "API keys",
  WEBHOOK: "Webhooks",
};

const ACTIONS: Record<string, string> = {
  "partner.onboarded": "Partner onboarded",
  "partner.renamed": "Partner renamed",
  "partner.domains_changed": "Email domains changed",
  "contact.suppression_lifted": "Customer may be asked again",
  "api_key.created": "API key created",
  "api_key.revoked": "API key revoked",
  "webhook.created": "Webhook endpoint added",
  "webhook.enabled": "Webhook endpoint enabled",
  "webhook.disabled": "Webhook endpoint disabled",
  "webhook.disabled_by_system": "Webhook endpoint disabled after failures",
  "webhook.deleted": "Webhook endpoint deleted",
  "webhook.secret_rotated": "Webhook signing secret rotated",
  "contact.data_viewed": "Customer data looked up",
  "contact.erased": "Customer data erased",
  "location.added": "Location added",
  "location.renamed": "Location changed",
  "location.archived": "Location archived",
  "user.invited": "Person invited",
  "user.reinvited": "Invitation sent again",
  "user.invitation_revoked": "Invitation revoked",
  "user.joined": "Invitation accepted",
  "user.role_changed": "Role changed",
  "user.removed": "Person removed",
  "user.signed_out_everywhere": "Signed out of every session",
  "competency.added": "Competency added",
  "competency.changed": "Requirements changed",
  "competency.retired": "Competency retired",
  "case.opened": "Case opened",
  "case.resolved": "Case resolved",
  "case.declined": "Case declined",
  "user.notices_changed": "Notice preferences changed",
  "user.locale_changed": "Portal language changed",
  CREATED: "Reference created",
  SENT: "Request sent",
  RESENT: "Request resent",
  CUSTOMER_APPROVED: "Customer approved",
  CUSTOMER_REJECTED: "Customer rejected",
  AUTO_APPROVED: "Auto-approved",
  CANCELED: "Canceled",
  ASSIGNED: "Assigned",
  REASSIGNED: "Reassigned",
  DELIVERY_FAILED: "Email not delivered",
  CONTACT_CORRECTED: "Contact's email corrected",
  CUSTOMER_WITHDREW: "Customer withdrew",
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}
