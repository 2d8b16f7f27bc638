import { describe, expect, it } from "vitest";
import { buildEnv } from "@/lib/env";

// A production environment that passes every check; each test breaks one thing.
const production = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://db/x",
  NEXTAUTH_SECRET: "s".repeat(32),
  NEXTAUTH_URL: "https://references.example.com",
  SMTP_URL: "smtp://mail.example.com:587",
  CRON_SECRET: "c".repeat(24),
} as const;

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

  it("accepts a complete production environment, with demo mode off", () => {
    const e = buildEnv(production);
    expect(e).toMatchObject({
      isProduction: true,
      demoMode: false,
      appUrl: "https://references.example.com",
    });
  });

  it("issue 19: WEBHOOK_ALLOW_PRIVATE=1 starts in production only when acknowledged", () => {
    expect(() => buildEnv({ ...production, WEBHOOK_ALLOW_PRIVATE: "1" })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE: must not be 1 in production/,
    );
    expect(
      buildEnv({ ...production, WEBHOOK_ALLOW_PRIVATE: "1", WEBHOOK_ALLOW_PRIVATE_ACK: "production" }),
    ).toMatchObject({ webhookAllowPrivate: true });
    expect(buildEnv(production).webhookAllowPrivate).toBe(false);
    expect(buildEnv({ NODE_ENV: "development", WEBHOOK_ALLOW_PRIVATE: "1" }).webhookAllowPrivate).toBe(true);
    expect(() => buildEnv({ ...production, WEBHOOK_SECRET_KEY: "short" })).toThrow(/WEBHOOK_SECRET_KEY/);
  });

  it("refuses to start in production without NEXTAUTH_SECRET, naming the variable", () => {
    expect(() => buildEnv({ ...production, NEXTAUTH_SECRET: undefined })).toThrow(
      /NEXTAUTH_SECRET: is required in production/,
    );
  });

  it("refuses a NEXTAUTH_SECRET shorter than 32 characters in production", () => {
    expect(() => buildEnv({ ...production, NEXTAUTH_SECRET: "s".repeat(31) })).toThrow(
      /NEXTAUTH_SECRET: must be at least 32 characters/,
    );
  });

  it("refuses a missing or plain-http NEXTAUTH_URL in production, except for localhost", () => {
    expect(() => buildEnv({ ...production, NEXTAUTH_URL: undefined })).toThrow(
      /NEXTAUTH_URL: is required in production/,
    );
    expect(() => buildEnv({ ...production, NEXTAUTH_URL: "http://references.example.com" })).toThrow(
      /NEXTAUTH_URL: must be an https:\/\/ URL in production/,
    );
    expect(buildEnv({ ...production, NEXTAUTH_URL: "http://localhost:3100" }).appUrl).toBe(
      "http://localhost:3100",
    );
    expect(buildEnv({ ...production, NEXTAUTH_URL: "http://127.0.0.1:3100" }).appUrl).toBe(
      "http://127.0.0.1:3100",
    );
  });

  it("requires SMTP_URL and CRON_SECRET in production unless DEMO_MODE=1", () => {
    expect(() => buildEnv({ ...production, SMTP_URL: undefined, CRON_SECRET: "" })).toThrow(
      /SMTP_URL: is required in production unless DEMO_MODE=1[\s\S]*CRON_SECRET: is required in production unless DEMO_MODE=1/,
    );
    const demo = buildEnv({ ...production, SMTP_URL: undefined, CRON_SECRET: undefined, DEMO_MODE: "1" });
    expect(demo.demoMode).toBe(true);
  });

  it("never turns demo mode on in production unless DEMO_MODE=1", () => {
    expect(buildEnv(production).demoMode).toBe(false);
    expect(buildEnv({ ...production, DATABASE_URL: undefined }).demoMode).toBe(false);
    expect(buildEnv({ ...production, DEMO_MODE: "1" }).demoMode).toBe(true);
  });

  it("reads TRUST_PROXY as the number of trusted proxies, none by default", () => {
    expect(buildEnv({ NODE_ENV: "development" }).trustProxy).toBe(0);
    expect(buildEnv({ NODE_ENV: "development", TRUST_PROXY: "1" }).trustProxy).toBe(1);
    expect(buildEnv({ NODE_ENV: "development", TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(() => buildEnv({ NODE_ENV: "development", TRUST_PROXY: "yes" })).toThrow(
      /TRUST_PROXY: must be a whole number/,
    );
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
