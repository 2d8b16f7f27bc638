import { describe, expect, it } from "vitest";
import { buildEnv } from "@/lib/env";

describe("environment (lib/env.ts)", () => {
  it("defaults to the embedded database with demo mode outside production", () => {
    const e = buildEnv({ NODE_ENV: "development" });
    expect(e).toMatchObject({ embedded: true, demoMode: true, pgliteDir: ".data/pglite" });
  });

  it("treats empty strings as unset", () => {
    const e = buildEnv({ NODE_ENV: "development", DATABASE_URL: "", SMTP_URL: "" });
    expect(e.embedded).toBe(true);
    expect(e.smtpUrl).toBeUndefined();
  });

  it("refuses to start in production without NEXTAUTH_SECRET, naming the variable", () => {
    expect(() => buildEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" })).toThrow(
      /NEXTAUTH_SECRET: is required in production/,
    );
  });

  it("never turns demo mode on in production unless DEMO_MODE=1", () => {
    const base = { NODE_ENV: "production", NEXTAUTH_SECRET: "s".repeat(32) } as const;
    expect(buildEnv(base).demoMode).toBe(false);
    expect(buildEnv({ ...base, DEMO_MODE: "1" }).demoMode).toBe(true);
  });

  it("lists every bad variable in one readable message", () => {
    expect(() =>
      buildEnv({ NODE_ENV: "development", DATABASE_URL: "mysql://x", SMTP_URL: "http://x" }),
    ).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL[\s\S]*SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
  });

  it("shows customers the bare sender address from EMAIL_FROM", () => {
    const e = buildEnv({ NODE_ENV: "development", EMAIL_FROM: "Program <microsoft@e-mail.microsoft.com>" });
    expect(e.senderAddress).toBe("microsoft@e-mail.microsoft.com");
  });
});
