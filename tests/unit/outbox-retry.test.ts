import { describe, expect, it } from "vitest";
import { maxDuration } from "@/app/api/cron/route";
import { describeAge } from "@/lib/email/backlog";
import { isRejection, MESSAGES_IN_FLIGHT, messageIdFor, SMTP_TIMEOUT_MS } from "@/lib/email/mailer";
import { plainReason } from "@/lib/email/reference-notice";
import { CLAIM_LEASE_MS, DELIVERY_BUDGET_MS, MAX_REJECTIONS, retryDelayMs } from "@/lib/email/retry";

const MIN = 60_000;

describe("R15: delivery back-off", () => {
  it("R15: retries back off exponentially from one minute", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN]);
  });

  it("R15: the back-off is capped at one hour, however long an outage lasts", () => {
    expect(retryDelayMs(7)).toBe(60 * MIN);
    expect(retryDelayMs(MAX_REJECTIONS)).toBeLessThanOrEqual(60 * MIN);
    expect(retryDelayMs(10_000)).toBe(60 * MIN);
  });

  it("R15: a run's budget plus one SMTP timeout stays inside the claim lease and the cron route's maxDuration", () => {
    // In flight messages may each wait one timeout after the budget is spent.
    expect(DELIVERY_BUDGET_MS + SMTP_TIMEOUT_MS).toBeLessThan(CLAIM_LEASE_MS / 2);
    // Delivery takes at most half of the route's time; digests and purges share the rest.
    expect(DELIVERY_BUDGET_MS + SMTP_TIMEOUT_MS).toBeLessThan((maxDuration * 1000) / 2);
    expect(MESSAGES_IN_FLIGHT).toBeGreaterThan(1);
  });
});

describe("R15: which failures end in FAILED", () => {
  it("R15: only a permanent 5xx answer to the message counts as a rejection", () => {
    expect(isRejection({ code: "EENVELOPE", responseCode: 550 })).toBe(true);
    expect(isRejection({ code: "EMESSAGE", responseCode: 554 })).toBe(true);
  });

  it.each([
    ["connection refused", { code: "ESOCKET", message: "connect ECONNREFUSED" }],
    ["connection lost", { code: "ECONNECTION" }],
    ["timeout", { code: "ETIMEDOUT" }],
    ["4xx on the recipient", { code: "EENVELOPE", responseCode: 450 }],
    ["4xx on the message", { code: "EMESSAGE", responseCode: 421 }],
    ["login refused by the server", { code: "EAUTH", responseCode: 535 }],
    ["something unknown", new Error("boom")],
  ])("R15: %s is transient", (_name, error) => {
    expect(isRejection(error)).toBe(false);
  });
});

describe("R15: the Message-ID and the partner's wording", () => {
  it("R15: the Message-ID is derived from the outbox row and the sender's domain", () => {
    expect(messageIdFor("ckabc123")).toBe("<ckabc123@partner-center.example>");
    expect(messageIdFor("ckabc123")).toBe(messageIdFor("ckabc123"));
  });

  it("R15: a rejection is explained to partner administrators in plain words", () => {
    expect(plainReason("550 EENVELOPE Mailbox unavailable")).toMatch(/does not accept this address/);
    expect(plainReason("552 EENVELOPE full")).toMatch(/mailbox is full/);
    expect(plainReason(null)).toMatch(/refused/);
  });

  it("R15: agents read the backlog's age in words", () => {
    expect([30, 60, 125, 3600, 7300, 86_400 * 3].map(describeAge)).toEqual([
      "less than a minute",
      "1 minute",
      "2 minutes",
      "1 hour",
      "2 hours",
      "3 days",
    ]);
  });
});
