import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { pageIn } from "../locale-support";
import { expectAccessible, signInAs, USERS } from "../support";

const de = JSON.parse(readFileSync("lib/i18n/messages/de.json", "utf8")) as Record<
  string,
  Record<string, string>
>;

// The README's screenshots, taken on the demo data as seeded: the "fresh-data" project runs before
// every other spec, so no screenshot shows what a test created.
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

test("issue 21 screenshots: the Reference List in German, /competencies in Japanese", async ({
  browser,
  baseURL,
}) => {
  mkdirSync("docs/screenshots", { recursive: true });
  const german = await pageIn(browser, USERS.contosoGlobal, {
    baseURL: baseURL ?? "",
    acceptLanguage: "de-DE",
  });
  await expect(german.locator("html")).toHaveAttribute("lang", "de");
  await expect(german.getByRole("heading", { name: "Referenzliste", level: 1 })).toBeVisible();
  await german.screenshot({ path: "docs/screenshots/reference-list-de.png", fullPage: true });
  await expectAccessible(german);
  const japanese = await pageIn(browser, USERS.contosoGlobal, {
    baseURL: baseURL ?? "",
    acceptLanguage: "ja-JP",
    path: "/competencies",
  });
  await expect(japanese.locator("html")).toHaveAttribute("lang", "ja");
  await expect(japanese.getByRole("heading", { name: "コンピテンシー", level: 1 })).toBeVisible();
  await japanese.screenshot({ path: "docs/screenshots/competencies-ja.png", fullPage: true });
  await expectAccessible(japanese);
});

// Last in this file: it adds a request (to a company named as a real one would be).
test("issue 20 screenshot: the consent text on a German customer's respond page", async ({
  page,
  browser,
}) => {
  mkdirSync("docs/screenshots", { recursive: true });
  const contactEmail = "lena.berg@bergwerk-maschinenbau.example";
  await signInAs(page, USERS.contosoGlobal, "/references/new");
  await page.getByLabel("Location").selectOption({ label: "Munich" });
  await page.getByLabel("Customer company").fill("Bergwerk Maschinenbau GmbH");
  await page.getByLabel("Customer contact name").fill("Lena Berg");
  await page.getByLabel("Customer contact email").fill(contactEmail);
  await page.getByLabel("Contact's language").selectOption("de");
  await page.getByLabel("Project title").fill("Cloud-Migration der Fertigung");
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-03-01");
  await page.getByLabel("Project description").fill("Die Fertigungssysteme laufen jetzt in der Cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);

  const inbox = await (await browser.newContext({ timezoneId: "UTC", locale: "de-DE" })).newPage();
  await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
  await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
  const href = await inbox
    .locator('[data-testid="email-link"][href*="/respond/"]')
    .first()
    .getAttribute("href");
  await inbox.goto(href ?? "");
  await expect(inbox.getByRole("region", { name: de.respond!.consentHeading! })).toBeVisible();
  await inbox.screenshot({ path: "docs/screenshots/respond-consent.png", fullPage: true });
});
