/** A provisioned user who is not part of the demo data (prepare-database.ts creates them). */
export const REAL_USER = {
  email: "real.person@bigcorp.test",
  name: "Rea L. Person",
  partner: "Northwind Traders",
  mailSubject: "Your sign-in link (real user)",
  secret: "real-user-secret-token-0123456789",
} as const;

export const INSTANCES_SECRET = "instances-secret-not-for-production-0123456789";
export const INSTANCES_CRON_SECRET = "instances-cron-secret-0123456789";
