// Exact user-facing wording from design/rules.md (R16, R18). Tests assert these strings.

export const CONTACT_MESSAGES = {
  // R16
  insidePartner:
    "A customer reference must come from someone outside your organization. Use your customer's own work email address.",
  // R18
  openFromPartner: "This contact already has an open reference request from your organization.",
  tooManyOpen: "This contact has too many open reference requests. Try again after one of them is answered.",
  suppressed: "This contact has asked not to receive reference requests.",
} as const;

/** R18: open requests one contact may have, from one partner and across all. */
export const OPEN_LIMITS = { perPartner: 1, overall: 3 } as const;
