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

test("issue 9 screenshots: /settings/users and /service-center/competencies", async ({ page }) => {
  mkdirSync("docs/screenshots", { recursive: true });
  await signInAs(page, USERS.contosoGlobal, "/settings/users");
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Users and roles", level: 1 })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/settings-users.png", fullPage: true });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await signInAs(page, USERS.agent, "/service-center/competencies");
  await page.goto("/service-center/competencies");
  await expect(page.getByRole("heading", { name: "Competency catalog", level: 1 })).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/service-center-competencies.png", fullPage: true });
});

test("issue 18 screenshot: /service-center/privacy with what is held about one address", async ({ page }) => {
  mkdirSync("docs/screenshots", { recursive: true });
  await signInAs(page, USERS.agent, "/service-center/privacy");
  await page.getByLabel("Customer's email address").fill("grace.kim@litware.example");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByTestId("held-request")).toHaveCount(1);
  await page.screenshot({ path: "docs/screenshots/service-center-privacy.png", fullPage: true });
});
