import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/security/safe-redirect";

const appUrl = "https://references.example.com";

describe("safe redirects (lib/security/safe-redirect.ts)", () => {
  it.each([
    "//x",
    "/\\x",
    "/./\\/x",
    "/.//x",
    "/./%2F/x",
    "%2F%2Fx",
    "/%2F%2Fx",
    "/%5Cx",
    "https://x",
    "https://references.example.com.evil.example/",
    "http://references.example.com/references", // same host, other origin (scheme)
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "\\\\x",
    "\\/x",
    "/\t/x",
    "/\n/x",
    "data:text/html,hi",
    "https://user@references.example.com/references",
    "",
  ])("refuses %j and returns the fallback", (payload) => {
    expect(safeRedirectPath(payload, { appUrl })).toBe("/references");
  });

  it("refuses the reported payload once the query string is decoded (/signin?callbackUrl=%2F.%2F%2Fevil.example)", () => {
    const decoded = new URLSearchParams("callbackUrl=%2F.%2F%2Fevil.example").get("callbackUrl");
    expect(decoded).toBe("/.//evil.example");
    expect(safeRedirectPath(decoded, { appUrl })).toBe("/references");
  });

  it.each([
    ["/competencies", "/competencies"],
    ["/references?status=AWAITING_APPROVAL&page=2", "/references?status=AWAITING_APPROVAL&page=2"],
    ["/references/./abc", "/references/abc"],
    ["https://references.example.com/service-center?x=1", "/service-center?x=1"],
  ])("keeps the same-site path %j", (payload, expected) => {
    expect(safeRedirectPath(payload, { appUrl })).toBe(expected);
  });

  it("takes the first of repeated values and uses the given fallback", () => {
    expect(safeRedirectPath(["/competencies", "//x"], { appUrl })).toBe("/competencies");
    expect(safeRedirectPath(undefined, { fallback: "/" })).toBe("/");
    expect(safeRedirectPath(42, { appUrl })).toBe("/references");
  });
});
