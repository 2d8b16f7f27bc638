import { type Browser, expect, type Page } from "@playwright/test";

// Helpers for the administration e2e tests: invitations read from the development mailbox.

/** The "Accept the invitation" link of the newest invitation email to this address. */
export async function invitationLink(page: Page, email: string): Promise<string> {
  await page.goto("/dev/mailbox");
  const row = page.getByTestId("mailbox-row").filter({ hasText: email }).first();
  await row.getByRole("link").first().click();
  const link = page.getByTestId("email-link").filter({ hasText: "Accept the invitation" }).first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}$/);
  return href!;
}

/** Accepts the invitation to this address in a fresh browser context and returns the signed-in page. */
export async function acceptInvitation(browser: Browser, email: string, name: string): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  const page = await context.newPage();
  const href = await invitationLink(page, email);
  await page.goto(href);
  await expect(
    page.getByRole("heading", { name: "Your invitation to the Partner Reference Center" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(page).toHaveURL(/\/references/);
  await expect(page.getByTestId("user-name")).toHaveText(name);
  return page;
}

/** Waits until the named form is hydrated, so typed values are not lost. */
export async function readyForm(page: Page, name: string) {
  const form = page.getByRole("form", { name });
  await expect(form).toHaveAttribute("data-hydrated", "true");
  return form;
}
