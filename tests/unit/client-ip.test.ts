import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/security/client-ip";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client address for abuse limits (lib/security/client-ip.ts)", () => {
  it("behind a trusted proxy: the first hop", () => {
    expect(clientIp(xff("203.0.113.7, 10.0.0.1"), true)).toBe("203.0.113.7");
  });

  it("without one: the hop next start recorded itself (the last), so a forged first hop is ignored", () => {
    expect(clientIp(xff("1.2.3.4, 198.51.100.9"), false)).toBe("198.51.100.9");
    expect(clientIp(xff("::ffff:127.0.0.1"), false)).toBe("127.0.0.1");
  });

  it("anything that is not an address counts as unknown", () => {
    expect(clientIp(new Headers(), true)).toBe("unknown");
    expect(clientIp(xff("evil<script>"), true)).toBe("unknown");
  });
});
