import { z } from "zod";
import { trustedProxyCount } from "./http/client-address.mjs";

// Empty strings count as missing: an exported-but-blank variable must not silently win.
const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const flag = z.preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1"]).optional());

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optional.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
        .optional(),
    ),
    PGLITE_DIR: optional,
    DEMO_MODE: flag,
    NEXTAUTH_SECRET: optional,
    NEXTAUTH_URL: optional.pipe(z.url("must be a URL such as http://localhost:3000").optional()),
    EMAIL_FROM: optional,
    SMTP_URL: optional.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
        .optional(),
    ),
    CRON_SECRET: optional,
    TRUST_PROXY: optional.pipe(
      z
        .string()
        .regex(/^([0-9]|10)$/, "must be a whole number from 0 to 10 (the proxies in front of the app)")
        .optional(),
    ),
    SERVICE_CENTER_EMAIL: optional.pipe(z.email("must be an email address").optional()),
    METRICS_TOKEN: optional.pipe(
      z.string().min(16, "must be at least 16 characters (openssl rand -hex 16)").optional(),
    ),
    CONTACT_HASH_KEY: optional.pipe(
      z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    ),
    PRIVACY_CONTACT: optional.pipe(z.email("must be an email address").optional()),
    API_RATE_LIMIT_PER_MINUTE: optional.pipe(
      z
        .string()
        .regex(/^\d{1,6}$/, "must be a whole number of calls from 10 to 100000")
        .refine(
          (v) => Number(v) >= 10 && Number(v) <= 100_000,
          "must be a whole number of calls from 10 to 100000",
        )
        .optional(),
    ),
    RETENTION_DAYS: optional.pipe(
      z
        .string()
        .regex(/^\d{1,4}$/, "must be a whole number of days from 30 to 3650")
        .refine((v) => Number(v) >= 30 && Number(v) <= 3650, "must be a whole number of days from 30 to 3650")
        .optional(),
    ),
    WEBHOOK_ALLOW_PRIVATE: flag,
    /** Production only: WEBHOOK_ALLOW_PRIVATE=1 must be confirmed with the word "production". */
    WEBHOOK_ALLOW_PRIVATE_ACK: optional,
    WEBHOOK_SECRET_KEY: optional.pipe(
      z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!env.NEXTAUTH_SECRET) issue("NEXTAUTH_SECRET", "is required in production");
    else if (env.NEXTAUTH_SECRET.length < 32)
      issue("NEXTAUTH_SECRET", "must be at least 32 characters in production (openssl rand -base64 32)");
    // Links in emails and the cookies' Secure flag follow NEXTAUTH_URL: without https, sessions
    // travel in clear. A local `next start` (tests) is the one exception.
    if (!env.NEXTAUTH_URL) issue("NEXTAUTH_URL", "is required in production (the portal's public https URL)");
    else if (!isHttpsOrLocal(env.NEXTAUTH_URL))
      issue("NEXTAUTH_URL", "must be an https:// URL in production (http is allowed for localhost only)");
    // Outside demo mode, missing mail or scheduler settings fail silently later: refuse them now.
    if (env.DEMO_MODE !== "1") {
      if (!env.SMTP_URL) issue("SMTP_URL", "is required in production unless DEMO_MODE=1");
      if (!env.CRON_SECRET) issue("CRON_SECRET", "is required in production unless DEMO_MODE=1");
    }
    // Webhooks to private addresses let a partner reach the app's own network (SSRF): a test-only
    // setting that production takes only when someone confirmed it on purpose.
    if (env.WEBHOOK_ALLOW_PRIVATE === "1" && env.WEBHOOK_ALLOW_PRIVATE_ACK !== "production")
      issue(
        "WEBHOOK_ALLOW_PRIVATE",
        "must not be 1 in production: webhooks could then reach private and cloud-metadata addresses (set WEBHOOK_ALLOW_PRIVATE_ACK=production to accept that on purpose)",
      );
    if (env.CRON_SECRET !== undefined && env.CRON_SECRET.length < 16)
      issue("CRON_SECRET", "must be at least 16 characters");
  });

function isHttpsOrLocal(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export type Env = ReturnType<typeof buildEnv>;

export function buildEnv(source: NodeJS.ProcessEnv) {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee README.md, "Environment".`);
  }
  const e = parsed.data;
  const emailFrom = e.EMAIL_FROM ?? "Partner Reference Center <references@partner-center.example>";
  const embedded = !e.DATABASE_URL;
  // Demo mode (one-click sign-in, the dev mailbox) is the default only off production.
  const demoMode = e.DEMO_MODE === "1" || (e.DEMO_MODE !== "0" && e.NODE_ENV !== "production" && embedded);
  return {
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === "production",
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR ?? ".data/pglite",
    embedded,
    demoMode,
    appUrl: (e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, ""),
    // A stable development secret keeps sessions valid across restarts; production must set its own.
    authSecret: e.NEXTAUTH_SECRET ?? "development-only-secret-not-for-production",
    emailFrom,
    // The bare address customers are told to search for (rules.md, "Seed wording to keep").
    senderAddress: emailFrom.match(/<([^>]+)>/)?.[1] ?? emailFrom,
    smtpUrl: e.SMTP_URL,
    cronSecret: e.CRON_SECRET,
    /** How many proxies in front of the app append to X-Forwarded-For (lib/http/client-address.mjs). */
    trustProxy: trustedProxyCount(e.TRUST_PROXY),
    /** Where new service cases are announced; without it, every agent is told. */
    serviceCenterEmail: e.SERVICE_CENTER_EMAIL,
    /** GET /api/metrics answers only with this bearer token; without it, 404. */
    metricsToken: e.METRICS_TOKEN,
    /**
     * Keys the hashes of customer addresses (R18's "do not ask me again"). Without it, a key derived
     * from NEXTAUTH_SECRET: set it to rotate the session secret without forgetting the hashes.
     */
    /** Whom customers write to about their data (the privacy page); the sender's address unless set. */
    privacyContact: e.PRIVACY_CONTACT ?? emailFrom.match(/<([^>]+)>/)?.[1] ?? emailFrom,
    /** Issue 19: calls a minute per API key, counted across all instances (default 600). */
    apiRateLimitPerMinute: Number(e.API_RATE_LIMIT_PER_MINUTE ?? 600),
    /** R21: days after a request ended without counting before its contact data is erased. */
    retentionDays: Number(e.RETENTION_DAYS ?? 180),
    /** Webhooks may go to loopback, private and link-local addresses (tests, local receivers only). */
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE === "1",
    /**
     * Encrypts webhook signing secrets at rest. Without it, a key derived from NEXTAUTH_SECRET: set
     * it to rotate the session secret without making every endpoint's secret unreadable.
     */
    webhookSecretKey:
      e.WEBHOOK_SECRET_KEY ??
      `webhook-secret:${e.NEXTAUTH_SECRET ?? "development-only-secret-not-for-production"}`,
    contactHashKey:
      e.CONTACT_HASH_KEY ??
      `contact-hash:${e.NEXTAUTH_SECRET ?? "development-only-secret-not-for-production"}`,
  };
}

let cached: Env | undefined;

/** The validated environment; throws a readable error listing every bad variable. */
export function env(): Env {
  cached ??= buildEnv(process.env);
  return cached;
}

/** For tests and scripts that change process.env after start-up. */
export function resetEnvCache(): void {
  cached = undefined;
}
