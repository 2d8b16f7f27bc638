import { z } from "zod";

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
    SERVICE_CENTER_EMAIL: optional.pipe(z.email("must be an email address").optional()),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.NEXTAUTH_SECRET)
      ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: "is required in production" });
    if (env.CRON_SECRET !== undefined && env.CRON_SECRET.length < 16)
      ctx.addIssue({ code: "custom", path: ["CRON_SECRET"], message: "must be at least 16 characters" });
  });

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
    /** Where new service cases are announced; without it, every agent is told. */
    serviceCenterEmail: e.SERVICE_CENTER_EMAIL,
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
