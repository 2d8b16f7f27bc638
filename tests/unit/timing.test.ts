import { describe, expect, it } from "vitest";
import { formatDay } from "@/lib/dates";
import {
  AUTO_APPROVE_AFTER_MS,
  autoApprovalDueAt,
  isAutoApprovalDue,
  isResendDue,
  RESEND_AFTER_MS,
  resendAvailableAt,
  resendNotDueMessage,
} from "@/lib/references/timing";

const HOUR = 60 * 60 * 1000;
const sent = new Date("2026-11-26T09:30:00Z");
const at = (ms: number) => new Date(sent.getTime() + ms);

describe("R3: resend timing", () => {
  it("R3: seven days means exactly 7 × 24 h", () => {
    expect(RESEND_AFTER_MS).toBe(7 * 24 * HOUR);
    expect(resendAvailableAt(sent).toISOString()).toBe("2026-12-03T09:30:00.000Z");
  });

  it("R3: resend is not due at seven days minus one millisecond", () => {
    expect(isResendDue(sent, at(RESEND_AFTER_MS - 1))).toBe(false);
  });

  it("R3: resend is due at exactly seven days (boundary included) and after", () => {
    expect(isResendDue(sent, at(RESEND_AFTER_MS))).toBe(true);
    expect(isResendDue(sent, at(RESEND_AFTER_MS + 1))).toBe(true);
  });

  it("R3: the refusal says from when a resend is possible, as D Mon YYYY in UTC", () => {
    expect(resendNotDueMessage(sent)).toBe("You can resend this request from 3 Dec 2026.");
    // 23:30 UTC stays on its UTC day whatever the server's time zone.
    expect(formatDay(new Date("2026-01-05T23:30:00Z"))).toBe("5 Jan 2026");
  });
});

describe("R4: auto-approval timing", () => {
  it("R4: six weeks means exactly 42 × 24 h after the first send", () => {
    expect(AUTO_APPROVE_AFTER_MS).toBe(42 * 24 * HOUR);
    expect(autoApprovalDueAt(sent).toISOString()).toBe("2027-01-07T09:30:00.000Z");
  });

  it("R4: auto-approval is not due at 42 days minus one millisecond", () => {
    expect(isAutoApprovalDue(sent, at(AUTO_APPROVE_AFTER_MS - 1))).toBe(false);
  });

  it("R4: auto-approval is due at exactly 42 days", () => {
    expect(isAutoApprovalDue(sent, at(AUTO_APPROVE_AFTER_MS))).toBe(true);
  });

  // That a resend cannot postpone auto-approval is proved by behaviour, against the database, in
  // tests/integration/auto-approve.test.ts ("R4: a resend on day 40 does not delay auto-approval").
});
