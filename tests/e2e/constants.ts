/** Shared by playwright.config.ts (the server's environment) and the specs that call the cron route. */
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789";
