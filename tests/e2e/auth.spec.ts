import { expect, test } from "@playwright/test";
import { signInAs, USERS } from "./support";

const NEUTRAL = "If that address belongs to a provisioned account, a sign-in link is on its way.";

test.describe("sign-in", () => {
  test("magic link: the link read from the development mailbox signs in, once", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Work email address").fill(USERS.seattleAdmin.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByText(NEUTRAL)).toBeVisible();

    await page.goto("/dev/mailbox");
    const row = page.getByTestId("mailbox-row").filter({ hasText: USERS.seattleAdmin.email }).first();
    await row.getByRole("link", { name: /sign-in link/i }).click();
    const link = page.getByTestId("email-link").filter({ hasText: "Sign in" }).first();
    const href = await link.getAttribute("href");
    expect(href).toContain("/api/auth/callback/email");
    await link.click();
    await expect(page).toHaveURL(/\/references/);
    await expect(page.getByTestId("user-name")).toHaveText(USERS.seattleAdmin.name);

    // Signing out removes the session: the portal sends this browser back to sign in.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/references");
    await expect(page).toHaveURL(/\/signin/);
    // The link works once.
    await page.goto(href!);
    await expect(page).toHaveURL(/\/signin\?.*error=Verification/);
    await expect(page.getByText(/expired or was already used/)).toBeVisible();
  });

  test("an unknown email gets the same neutral answer and no email", async ({ page }) => {
    const unknown = `nobody-${Date.now()}@example.com`;
    await page.goto("/signin");
    await page.getByLabel("Work email address").fill(unknown);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email/);
    await expect(page.getByText(NEUTRAL)).toBeVisible();
    await page.goto("/dev/mailbox");
    await expect(page.getByTestId("mailbox-row").filter({ hasText: unknown })).toHaveCount(0);
  });

  test("demo buttons sign in as each demo user, labelled with their role", async ({ page }) => {
    await page.goto("/signin");
    await expect(
      page.getByRole("button", { name: /Sign in as Dana Whitfield.*Global Administrator, Contoso/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: /Sign in as Mia Baumann.*Local Administrator, Munich/ }),
    ).toBeVisible();
    await signInAs(page, USERS.member);
    await expect(page.getByText("Member, Contoso", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an unauthenticated visit goes to /signin and comes back afterwards", async ({ page }) => {
    await page.goto("/competencies");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await page.getByRole("button", { name: /Sign in as Dana Whitfield/ }).click();
    await expect(page).toHaveURL(/\/competencies$/);
    await expect(page.getByRole("heading", { name: "Competencies", level: 1 })).toBeVisible();
  });
});
