import type { NoticeKind } from "../db/generated/enums";

// The notices a person can turn off on /profile; every kind is on until they do.

export const NOTICE_KINDS: { kind: NoticeKind; label: string; description: string }[] = [
  {
    kind: "DECISION",
    label: "Customer decisions",
    description: "When a customer approves or rejects a request you created or may assign.",
  },
  {
    kind: "AUTO_APPROVAL_DIGEST",
    label: "Auto-approval digest",
    description: "One email per scheduled run listing requests auto-approved after six weeks.",
  },
  {
    kind: "DELIVERY_FAILED",
    label: "Emails not delivered",
    description:
      "When a customer's mail server refuses a reference request you created or may assign, so you can correct the address.",
  },
  {
    kind: "RENEWAL_REMINDER",
    label: "Renewal reminders",
    description:
      "90, 30 and 7 days before a competency level of your partner lapses unless new references are approved.",
  },
  {
    kind: "CASE_UPDATE",
    label: "Service-center cases",
    description: "When the Regional Service Center resolves or declines a case you opened.",
  },
];
