import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, referrerPolicyFor, securityHeaders } from "@/lib/security/headers";
import { MAX_BODY_BYTES, refuseRequest } from "@/lib/security/request-guard";

const appUrl = "https://references.example.com";
const post = (headers: Record<string, string>) => ({ method: "POST", headers: new Headers(headers), appUrl });

describe("request guard (lib/security/request-guard.ts)", () => {
  it("refuses a server action from another origin with 403", () => {
    const refusal = refuseRequest(
      post({ "next-action": "x", origin: "https://evil.example", host: "references.example.com" }),
    );
    expect(refusal?.status).toBe(403);
    expect(
      refuseRequest(post({ "next-action": "x", origin: "null", host: "references.example.com" }))?.status,
    ).toBe(403);
  });

  it("lets a same-origin action through, also behind a proxy", () => {
    expect(refuseRequest(post({ "next-action": "x", origin: appUrl, host: "10.0.0.5:3000" }))).toBeNull();
    expect(
      refuseRequest(post({ "next-action": "x", origin: "http://localhost:3100", host: "localhost:3100" })),
    ).toBeNull();
  });

  it("refuses a body over the limit with 413, whatever the route", () => {
    expect(refuseRequest(post({ "content-length": String(MAX_BODY_BYTES + 1) }))?.status).toBe(413);
    expect(refuseRequest(post({ "content-length": String(MAX_BODY_BYTES) }))).toBeNull();
    expect(
      refuseRequest({ method: "GET", headers: new Headers({ "content-length": "9999999" }), appUrl }),
    ).toBeNull();
  });
});

describe("security headers (lib/security/headers.ts)", () => {
  it("CSP: scripts by nonce only, no framing, upgrade only over https", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc", dev: false, https: false })).not.toContain(
      "upgrade-insecure-requests",
    );
  });

  it("no referrer from the customer's page, HSTS only over https", () => {
    expect(referrerPolicyFor("/respond/abc")).toBe("no-referrer");
    expect(referrerPolicyFor("/respondent")).toBe("strict-origin-when-cross-origin");
    expect(
      securityHeaders({ pathname: "/", csp: "x", https: false })["Strict-Transport-Security"],
    ).toBeUndefined();
    expect(securityHeaders({ pathname: "/", csp: "x", https: true })["Strict-Transport-Security"]).toContain(
      "max-age",
    );
  });
});

describe("request guard: the invitation's accept form (issue 16)", () => {
  const accept = (headers: Record<string, string>) => ({
    ...post(headers),
    pathname: "/invitation/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG/accept",
  });

  it("refuses a cross-site POST by its Origin or by Sec-Fetch-Site", () => {
    expect(
      refuseRequest(accept({ origin: "https://evil.example", host: "references.example.com" }))?.status,
    ).toBe(403);
    expect(
      refuseRequest(accept({ "sec-fetch-site": "cross-site", host: "references.example.com" }))?.status,
    ).toBe(403);
    expect(
      refuseRequest(accept({ "sec-fetch-site": "same-site", host: "references.example.com" }))?.status,
    ).toBe(403);
  });

  it("lets the page's own form through", () => {
    expect(refuseRequest(accept({ origin: appUrl, "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(refuseRequest(accept({ host: "references.example.com" }))).toBeNull();
  });

  it("leaves other routes' plain POSTs to Next.js (next-auth checks its own CSRF token)", () => {
    expect(
      refuseRequest({ ...post({ "sec-fetch-site": "cross-site" }), pathname: "/api/auth/signin/email" }),
    ).toBeNull();
  });
});
