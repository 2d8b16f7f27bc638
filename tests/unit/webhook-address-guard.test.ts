import { describe, expect, it } from "vitest";
import { isForbiddenAddress } from "@/lib/webhooks/address-guard";
import { endpointUrlProblem } from "@/lib/webhooks/schemas";

// Issue 19: the addresses webhooks never reach, in both families and their IPv6 spellings of IPv4.

describe("issue 19: forbidden webhook addresses", () => {
  it.each([
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.8",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254", // cloud metadata
    "100.100.100.200", // Alibaba's metadata (carrier-grade NAT range)
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd00:ec2::254", // AWS's IPv6 metadata
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::127.0.0.1",
    "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
    "2002:7f00:1::", // 6to4 of 127.0.0.1
    "not an address",
  ])("refuses %s", (address) => expect(isForbiddenAddress(address)).toBe(true));

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("allows %s", (address) =>
    expect(isForbiddenAddress(address)).toBe(false),
  );

  it("asks for https, and for public hosts unless private addresses are allowed", () => {
    expect(endpointUrlProblem("https://crm.example.com/hooks", false)).toBeNull();
    expect(endpointUrlProblem("http://crm.example.com/hooks", false)).toMatch(/https/);
    expect(endpointUrlProblem("http://crm.example.com/hooks", true)).toMatch(/https/);
    expect(endpointUrlProblem("http://127.0.0.1:8080/hooks", true)).toBeNull();
    expect(endpointUrlProblem("https://10.1.2.3/hooks", false)).toMatch(/private/);
    expect(endpointUrlProblem("https://localhost/hooks", false)).toMatch(/private/);
    expect(endpointUrlProblem("https://user:pw@crm.example.com/", false)).toMatch(/password/);
    expect(endpointUrlProblem("crm.example.com", false)).toMatch(/full URL/);
  });
});
