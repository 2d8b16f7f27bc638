import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

// R20 through the browser: a German customer reads what approving means, approves, finds the
// withdraw link in the German receipt, withdraws; the partner's list shows Customer Withdrew and the
// competency counts one less.

const de = JSON.parse(readFileSync("lib/i18n/messages/de.json", "utf8")) as Record<
  string,
  Record<string, string>
>;

async function assignedCount(page: Page, competency: string): Promise<number> {
  await page.goto("/competencies");
  const card = page
    .getByTestId("competency-card")
    .filter({ has: page.getByRole("heading", { name: competency, exact: true }) });
  return Number.parseInt((await card.getByTestId("competency-count").textContent()) ?? "", 10);
}

async function latestLink(inbox: Page, contactEmail: string, path: string): Promise<string> {
  await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
  await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
  const link = inbox.locator(`[data-testid="email-link"][href*="${path}"]`).first();
  return (await link.getAttribute("href")) ?? "";
}

test("R20: a German customer approves after reading the consent text, withdraws from the receipt's link; the partner sees Customer Withdrew and one less counted", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const contactEmail = `lena.${stamp}@bergwerk.example`;
  const company = `Bergwerk ${stamp}`;
  await signInAs(page, USERS.contosoGlobal, "/references/new");
  await page.getByLabel("Location").selectOption({ label: "Munich" });
  await page.getByLabel("Customer company").fill(company);
  await page.getByLabel("Customer contact name").fill("Lena Berg");
  await page.getByLabel("Customer contact email").fill(contactEmail);
  await page.getByLabel("Contact's language").selectOption("de");
  await page.getByLabel("Project title").fill("Cloud-Migration der Fertigung");
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-03-01");
  await page.getByLabel("Project description").fill("Die Fertigungssysteme laufen jetzt in der Cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);

  const customer = await browser.newContext({ timezoneId: "UTC", locale: "de-DE" });
  const inbox = await customer.newPage();
  await inbox.goto(await latestLink(inbox, contactEmail, "/respond/"));
  const consent = inbox.getByRole("region", { name: de.respond!.consentHeading! });
  await expect(consent).toContainText("Contoso");
  await expect(consent).toContainText(de.respond!.consentWithdraw!);
  await expect(consent).toHaveAttribute("data-consent-version", /^[0-9a-f]{16}$/);
  await inbox.getByRole("button", { name: de.respond!.approve!, exact: true }).click();
  await inbox.getByRole("button", { name: de.respond!.yesApprove! }).click();
  await expect(inbox.getByRole("status")).toHaveText(de.respond!.approved!);

  // The partner assigns it: Cloud Platform counts one more.
  const before = await assignedCount(page, "Cloud Platform");
  await page.goto(`/references?q=${encodeURIComponent(company)}`);
  await page.getByTestId("reference-row").getByRole("link", { name: company }).click();
  // The list has a "Competency" filter too: act only once the reference page's Assign form is there.
  const assign = page.getByRole("form", { name: "Assign" });
  await expect(assign).toBeVisible();
  await assign.getByLabel("Competency", { exact: true }).selectOption({ label: "Cloud Platform" });
  await assign.getByRole("button", { name: "OK" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Assigned to Cloud Platform." })).toBeVisible();
  expect(await assignedCount(page, "Cloud Platform")).toBe(before + 1);

  // The receipt, in German, carries the withdraw link; opening it changes nothing.
  const withdrawHref = await latestLink(inbox, contactEmail, "/withdraw/");
  expect(withdrawHref).toMatch(/\/withdraw\/[A-Za-z0-9_-]{43}$/);
  await inbox.goto(withdrawHref);
  await expect(inbox.locator("html")).toHaveAttribute("lang", "de");
  await expect(inbox.getByRole("heading", { name: de.withdraw!.heading!, level: 1 })).toBeVisible();
  await expectAccessible(inbox);
  expect(await assignedCount(page, "Cloud Platform")).toBe(before + 1);

  await inbox.getByRole("button", { name: de.withdraw!.button! }).click();
  await inbox.getByRole("button", { name: de.withdraw!.yes! }).click();
  await expect(inbox.getByRole("status")).toHaveText(de.withdraw!.done!);
  await inbox.reload();
  await expect(inbox.getByRole("status")).toContainText(de.statuses!.CUSTOMER_WITHDREW!);
  await expect(inbox.getByRole("button", { name: de.withdraw!.button! })).toHaveCount(0);

  await page.goto(`/references?status=CUSTOMER_WITHDREW&q=${encodeURIComponent(company)}`);
  await expect(page.getByTestId("reference-row")).toContainText("Customer Withdrew");
  await expect(page.getByRole("link", { name: /Customer Withdrew/ }).first()).toBeVisible();
  expect(await assignedCount(page, "Cloud Platform")).toBe(before);
  await customer.close();
});
