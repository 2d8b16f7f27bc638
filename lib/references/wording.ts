import type { ReferenceStatus } from "../db/generated/enums";

// Exact user-facing wording from design/rules.md. Tests assert these strings; do not paraphrase.

export const STATUS_LABELS: Record<ReferenceStatus, string> = {
  AWAITING_APPROVAL: "Awaiting Approval",
  CUSTOMER_REJECTED: "Customer Rejected",
  CUSTOMER_APPROVED: "Customer Approved",
  MICROSOFT_AUTO_APPROVED: "Microsoft Auto-Approved",
  CANCELED: "Canceled",
  CUSTOMER_WITHDREW: "Customer Withdrew",
};

export const MESSAGES = {
  // R5
  createForbidden:
    "Make sure that you are a Global Administrator or a Local Administrator of the location where you want to create a reference.",
  // R6
  assignForbidden:
    "Make sure that you are a Global Administrator or a Local Administrator of the location where the reference request was created. You cannot assign references otherwise.",
  // R2
  alreadyFinal: (status: ReferenceStatus) => `This request is already ${STATUS_LABELS[status]}.`,
  notFound: "This reference request does not exist or you cannot see it.",
  invalidInput: "Some fields need your attention.",
  locationArchived: "This location is archived and takes no new references.",
} as const;
