import { formatDay } from "../dates";

// Pure time rules (R3, R4). Durations are exact multiples of 24 h, not calendar days, so a
// daylight-saving change can never move a boundary; both boundaries are inclusive.

const HOUR_MS = 60 * 60 * 1000;

/** R3: a request may be resent once seven days have passed since it was last sent. */
export const RESEND_AFTER_MS = 7 * 24 * HOUR_MS;

/** R4: a request still awaiting approval six weeks after its first send is auto-approved. */
export const AUTO_APPROVE_AFTER_MS = 42 * 24 * HOUR_MS;

export function resendAvailableAt(lastSentAt: Date): Date {
  return new Date(lastSentAt.getTime() + RESEND_AFTER_MS);
}

export function isResendDue(lastSentAt: Date, now: Date): boolean {
  return now.getTime() >= resendAvailableAt(lastSentAt).getTime();
}

/** Measured from the FIRST send: resending never postpones auto-approval (R4, decided). */
export function autoApprovalDueAt(firstSentAt: Date): Date {
  return new Date(firstSentAt.getTime() + AUTO_APPROVE_AFTER_MS);
}

export function isAutoApprovalDue(firstSentAt: Date, now: Date): boolean {
  return now.getTime() >= autoApprovalDueAt(firstSentAt).getTime();
}

/** Requests first sent at or before this instant are due for auto-approval at `now`. */
export function autoApprovalCutoff(now: Date): Date {
  return new Date(now.getTime() - AUTO_APPROVE_AFTER_MS);
}

/** Requests last sent at or before this instant may be resent at `now`. */
export function resendCutoff(now: Date): Date {
  return new Date(now.getTime() - RESEND_AFTER_MS);
}

/** R3: the refusal (and the list's hint) says from when a resend will be possible. */
export function resendNotDueMessage(lastSentAt: Date): string {
  return `You can resend this request from ${formatDay(resendAvailableAt(lastSentAt))}.`;
}
