import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

// R15: undelivered email is an agents' page; the rule (agents only) is decided in lib/email/failed.ts.
test("R15: an agent opens the undelivered-email page from the navigation and sees the backlog", async ({
  page,
}) => {
  await signInAs(page, USERS.agent, "/service-center");
  await page.getByRole("link", { name: "Email", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Undelivered email" })).toBeVisible();
  // Without SMTP_URL (this run) nothing is sent, so the demo's queued mail is reported as waiting.
  await expect(
    page.getByRole("status").filter({ hasText: "The oldest email waiting to be sent was queued" }),
  ).toBeVisible();
  // The demo's bounced request email (R17: A. Datum, a typing mistake in the address) is listed.
  await expect(
    page.getByTestId("failed-email-row").filter({ hasText: "owen.prise@adatum.example" }),
  ).toBeVisible();
  await expectAccessible(page);
});

test("R15: a partner administrator cannot open the undelivered-email page", async ({ page }) => {
  await signInAs(page, USERS.contosoGlobal);
  await expect(page.getByRole("link", { name: "Email", exact: true })).toHaveCount(0);
  // The portal streams (loading.tsx), so the refusal is the not-found page inside a 200 response.
  await page.goto("/service-center/email");
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Undelivered email" })).toHaveCount(0);
});
