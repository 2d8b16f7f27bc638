import { describe, expect, it } from "vitest";
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, retryDelayMs } from "@/lib/email/retry";

const MIN = 60_000;

describe("R15: delivery back-off", () => {
  it("R15: retries back off exponentially from one minute", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 16 * MIN]);
  });

  it("R15: the back-off is capped at one hour", () => {
    expect(retryDelayMs(7)).toBe(60 * MIN);
    expect(retryDelayMs(MAX_ATTEMPTS)).toBe(60 * MIN);
  });

  it("R15: the claim lease outlasts the SMTP timeouts, so a slow send is never claimed twice", () => {
    expect(CLAIM_LEASE_MS).toBeGreaterThan(3 * 30_000);
  });
});
