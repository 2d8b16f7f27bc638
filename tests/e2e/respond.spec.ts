import { expect, test } from "@playwright/test";
import { createReferenceViaForm, expectAccessible, signInAs, USERS } from "./support";

// The customer's side: the link from the reference request email, with no account (R13).
test.describe("customer response link", () => {
  test("R13: the customer opens the emailed link, confirms Approve, and the partner sees Customer Approved", async ({
    page,
    browser,
  }) => {
    const stamp = Date.now();
    const customer = `Litware Labs ${stamp}`;
    const contactEmail = `riley.${stamp}@litware.example`;
    await signInAs(page, USERS.contosoGlobal);
    await createReferenceViaForm(page, { customer, contactEmail, projectTitle: "Warehouse cloud move" });

    // The customer has no session: a separate browser context, reading the email from the mailbox.
    const customerContext = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
    const inbox = await customerContext.newPage();
    await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
    await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
    const link = inbox.locator('[data-testid="email-link"][href*="/respond/"]').first();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/\/respond\/[A-Za-z0-9_-]{22,}$/);

    await inbox.goto(href);
    await expect(inbox.getByRole("heading", { level: 1 })).toHaveText("Contoso asks for your reference");
    await expect(inbox.getByText("Warehouse cloud move")).toBeVisible();
    await expect(inbox.getByRole("link", { name: "Privacy notice" })).toHaveAttribute(
      "href",
      "/privacy?lang=en",
    );
    await expectAccessible(inbox);
    // Opening the link changed nothing: the partner still sees the request awaiting approval.
    await page.goto(`/references?q=${encodeURIComponent(customer)}`);
    await expect(page.getByTestId("reference-row")).toContainText("Awaiting Approval");

    await inbox.getByRole("button", { name: "Approve" }).click();
    await inbox.getByRole("button", { name: "Yes, approve" }).click();
    await expect(inbox.getByRole("status")).toHaveText("Thank you. You approved this reference.");

    await inbox.reload();
    await expect(inbox.getByRole("status")).toContainText("This request is Customer Approved.");
    await expect(inbox.getByRole("button", { name: "Approve" })).toHaveCount(0);

    await page.reload();
    const row = page.getByTestId("reference-row");
    await expect(row).toContainText("Customer Approved");
    await expect(
      row.getByRole("link", { name: "Assign" }).or(row.getByRole("button", { name: "Assign" })),
    ).toBeVisible();
    await customerContext.close();
  });

  test("The customer's page in German is a German document: <html lang> and <title> follow the page's language", async ({
    page,
    browser,
  }) => {
    const stamp = Date.now();
    const contactEmail = `jonas.${stamp}@alpenbau.example`;
    await signInAs(page, USERS.contosoGlobal);
    await page.goto("/references/new");
    await page.getByLabel("Location").selectOption({ label: "Munich" });
    await page.getByLabel("Customer company").fill(`Alpenbau ${stamp}`);
    await page.getByLabel("Customer contact name").fill("Jonas Weber");
    await page.getByLabel("Customer contact email").fill(contactEmail);
    await page.getByLabel("Contact's language").selectOption("de");
    await page.getByLabel("Project title").fill("Lagerverwaltung in der Cloud");
    await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
    await page.getByLabel("Completed on").fill("2026-02-01");
    await page.getByLabel("Project description").fill("Die Lagerverwaltung läuft jetzt in der Cloud.");
    await page.getByRole("button", { name: "Send reference request" }).click();
    await expect(page).toHaveURL(/\/references\?created=/);

    const customer = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
    const inbox = await customer.newPage();
    await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
    await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
    const href =
      (await inbox.locator('[data-testid="email-link"][href*="/respond/"]').first().getAttribute("href")) ??
      "";
    await inbox.goto(href);
    await expect(inbox.locator("html")).toHaveAttribute("lang", "de");
    await expect(inbox).toHaveTitle("Kundenreferenz · Partner Reference Center");
    // Switching the language switches the document, not only the text.
    await inbox.getByRole("link", { name: "English" }).click();
    await expect(inbox.locator("html")).toHaveAttribute("lang", "en");
    await expect(inbox).toHaveTitle("Customer reference · Partner Reference Center");
    await expect(inbox.getByRole("button", { name: "Approve" })).toBeVisible();
    await customer.close();
  });

  test("R13: a tampered link shows a plain 'link not valid' page", async ({ page }) => {
    await page.goto("/respond/not-a-real-token-aaaaaaaaaaaaaaaaaaaa");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link not valid");
    await expect(page.getByText("This link is not valid.")).toBeVisible();
    await expectAccessible(page);
  });
});
