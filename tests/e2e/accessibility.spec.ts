import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, rowIds, signInAs, USERS } from "./support";

// One or two axe scans per test: a scan takes seconds on a busy machine, and a test that scans
// ten pages runs into its time limit there.

async function scan(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
}

test.describe("accessibility (axe: no serious or critical violation)", () => {
  test("the sign-in pages", async ({ page }) => {
    await scan(page, "/signin");
    await scan(page, "/signin/check-email");
  });

  test("the development mailbox and one email in it", async ({ page }) => {
    await scan(page, "/dev/mailbox");
    // The demo data leaves the last few days' emails in the mailbox.
    const first = page.getByTestId("mailbox-row").first().getByRole("link");
    await expect(first).toBeVisible();
    await first.click();
    await expect(page).toHaveURL(/\/dev\/mailbox\/.+/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page, { framed: true });
  });

  test("the Reference List, and with no match", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal);
    await expectAccessible(page);
    await scan(page, "/references?q=zzzz-no-match");
    await expect(page.getByText("No references match these filters")).toBeVisible();
  });

  test("the create form and the competencies", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal, "/references/new");
    await expectAccessible(page);
    await scan(page, "/competencies");
  });

  test("a reference's page and the partner's service-center cases", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal);
    const [id] = await rowIds(page);
    expect(id, "the demo data lists references").toBeTruthy();
    await scan(page, `/references/${id}`);
    await scan(page, "/service-center");
  });

  test("keyboard: the skip link is the first stop and moves to the main content", async ({ page }) => {
    await signInAs(page, USERS.member);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });
});
