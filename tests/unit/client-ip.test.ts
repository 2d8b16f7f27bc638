import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, trustedProxyCount } from "@/lib/http/client-address.mjs";
import { clientIp } from "@/lib/security/client-ip";

// Issue 16, item 4 (decision 021): the client's address is the connection's, and a proxy is
// believed only as far as TRUST_PROXY says, counted from the right.

const at = (socketAddress: string | null, forwardedFor: string | null, trustProxy: number) =>
  clientAddress({ socketAddress, forwardedFor, trustProxy });

describe("the client's address (lib/http/client-address.mjs)", () => {
  it("with no trusted proxy: the connection's address, whatever X-Forwarded-For says", () => {
    expect(at("198.51.100.9", null, 0)).toBe("198.51.100.9");
    expect(at("198.51.100.9", "1.2.3.4", 0)).toBe("198.51.100.9");
    expect(at("198.51.100.9", "1.2.3.4, 5.6.7.8", 0)).toBe("198.51.100.9");
  });

  it("TRUST_PROXY=1: the hop the one proxy appended, never one the client wrote before it", () => {
    // The client sent "6.6.6.6" itself; the proxy at 10.0.0.1 appended the address it saw.
    expect(at("10.0.0.1", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(at("10.0.0.1", "203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("TRUST_PROXY=2: two proxies' hops are skipped, forged ones left of them ignored", () => {
    expect(at("10.0.0.2", "6.6.6.6, 7.7.7.7, 203.0.113.7, 10.0.0.1", 2)).toBe("203.0.113.7");
  });

  it("a chain shorter than the trusted proxies: its leftmost entry", () => {
    expect(at("10.0.0.1", null, 1)).toBe("10.0.0.1");
    expect(at("10.0.0.2", "203.0.113.7", 5)).toBe("203.0.113.7");
  });

  it("IPv6, IPv4-mapped IPv6 and garbage", () => {
    expect(at("::ffff:127.0.0.1", null, 0)).toBe("127.0.0.1");
    expect(at("2001:DB8::1", null, 0)).toBe("2001:db8::1");
    expect(at("10.0.0.1", "evil<script>", 1)).toBe("unknown");
    expect(at(null, null, 0)).toBe("unknown");
  });

  it("TRUST_PROXY is a whole number from 0 to 10", () => {
    expect(trustedProxyCount(undefined)).toBe(0);
    expect(trustedProxyCount("2")).toBe(2);
    for (const bad of ["-1", "1.5", "11", "yes"]) expect(() => trustedProxyCount(bad)).toThrow(/TRUST_PROXY/);
  });
});

describe("clientIp (lib/security/client-ip.ts)", () => {
  it("under the server entry: the address the entry wrote, never X-Forwarded-For", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": "1.2.3.4" });
    expect(clientIp(headers, { trustProxy: 0, viaEntry: true })).toBe("198.51.100.9");
    expect(clientIp(new Headers(), { trustProxy: 0, viaEntry: true })).toBe("unknown");
  });

  it("elsewhere: a client-written header counts for nothing unless a proxy is trusted", () => {
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: "9.9.9.9", "x-forwarded-for": "1.2.3.4" });
    expect(clientIp(forged, { trustProxy: 0, viaEntry: false })).toBe("unknown");
    // A platform's proxy (the one we cannot see) appended the client: TRUST_PROXY=1.
    expect(clientIp(forged, { trustProxy: 1, viaEntry: false })).toBe("1.2.3.4");
  });
});
