import { expect, test } from "@playwright/test";
import { E2E_CRON_SECRET as CRON_SECRET } from "./constants";
import { signInAs, USERS } from "./support";

// The scheduler's door: only a caller with the secret runs the jobs (R4, R15).
test("R4: the cron route refuses callers without the secret and auto-approves the six-week-old request", async ({
  page,
  request,
}) => {
  expect((await request.post("/api/cron")).status()).toBe(401);
  expect((await request.post("/api/cron", { headers: { Authorization: "Bearer wrong" } })).status()).toBe(
    401,
  );

  const response = await request.post("/api/cron", { headers: { Authorization: `Bearer ${CRON_SECRET}` } });
  expect(response.status()).toBe(200);
  const report = await response.json();
  // Earlier specs may have opened the list, which already applied R4 to the seed's overdue request
  // (decision 031); the job persisting what nobody looked at is proven in the integration tests.
  expect(report.autoApproved).toEqual(expect.any(Number));
  expect(report.emails).toMatchObject({ smtpConfigured: false });

  // Idempotent: a second run right after finds nothing left to approve.
  const again = await request.post("/api/cron", { headers: { Authorization: `Bearer ${CRON_SECRET}` } });
  expect((await again.json()).autoApproved).toBe(0);

  await signInAs(page, USERS.contosoGlobal, "/references?q=Fourth%20Coffee");
  await expect(page.getByTestId("reference-row")).toContainText("Microsoft Auto-Approved");
});
