import { expect, test } from "@playwright/test";
import { expectAccessible, rowIds, signInAs, USERS } from "./support";

test.describe("accessibility (axe: no serious or critical violation)", () => {
  test("public pages", async ({ page }) => {
    for (const path of ["/signin", "/signin/check-email", "/dev/mailbox"]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    const first = page.getByTestId("mailbox-row").first().getByRole("link");
    if ((await first.count()) > 0) {
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, { framed: true });
    }
  });

  test("portal pages", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal);
    await expectAccessible(page);

    const [id] = await rowIds(page);
    for (const path of [
      "/references/new",
      `/references/${id}`,
      "/service-center",
      "/references?q=zzzz-no-match",
    ]) {
      await page.goto(path);
      await expectAccessible(page);
    }
    await page.goto("/competencies");
    await expectAccessible(page);
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
