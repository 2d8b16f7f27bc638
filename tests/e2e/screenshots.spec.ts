import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs, USERS } from "./support";

// Runs last (file order): the README's screenshots show the list and progress after the other tests.
test("README screenshots: the Reference List and the Competencies page", async ({ page }) => {
  mkdirSync("docs/screenshots", { recursive: true });
  await signInAs(page, USERS.contosoGlobal);
  await expect(page.getByRole("heading", { name: "Reference List", level: 1 })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/reference-list.png", fullPage: true });
  await page.goto("/competencies");
  await expect(page.getByRole("heading", { name: "Competencies", level: 1 })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/competencies.png", fullPage: true });
});
