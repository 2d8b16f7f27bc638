import { expect, test } from "@playwright/test";
import { createReferenceViaForm, expectAccessible, signInAs, USERS } from "./support";

// R17 and R18 through the browser. The bounced request is the demo's (prisma/demo-references.ts:
// A. Datum, whose server refused "owen.prise@…"); the 550 itself is proven against a real SMTP
// listener in tests/integration/evidence-undelivered.test.ts.

const R18_SUPPRESSED = "This contact has asked not to receive reference requests.";

test("R17: a request the customer's server refused shows Email not delivered; the administrator corrects the address and a new link goes there", async ({
  page,
}) => {
  await signInAs(page, USERS.contosoGlobal, "/references?q=A.%20Datum");
  const row = page.getByTestId("reference-row").filter({ hasText: "A. Datum Corporation" });
  await expect(row).toContainText("Email not delivered");
  await row.getByRole("link", { name: "A. Datum Corporation" }).click();

  await expect(page.getByRole("heading", { name: "A. Datum Corporation", level: 1 })).toBeVisible();
  const notice = page
    .getByRole("alert")
    .filter({ hasText: "Email not delivered" })
    .or(page.getByRole("status").filter({ hasText: "Email not delivered" }));
  await expect(notice.first()).toContainText("owen.prise@adatum.example");
  await expect(notice.first()).toContainText("The server answered: 550");
  await expectAccessible(page);

  // The same address (in another case) is refused, nothing changes.
  const field = page.getByLabel("Corrected contact email");
  await field.fill("OWEN.PRISE@adatum.example");
  await page.getByRole("button", { name: "Correct the contact's email" }).click();
  await expect(page.getByText("This is the address the request already went to.")).toBeVisible();

  await page.getByLabel("Corrected contact email").fill("owen.price@adatum.example");
  await page.getByRole("button", { name: "Correct the contact's email" }).click();
  await expect(page.getByText("The request was sent to the corrected address")).toBeVisible();
  await page.reload();
  // The warning is gone; the history keeps both the failure and the correction.
  await expect(page.getByText("The request will not be auto-approved until")).toHaveCount(0);
  await expect(page.getByText("Email not delivered", { exact: true })).toHaveCount(1);
  await expect(page.getByText("Contact's email corrected and the request sent again")).toBeVisible();

  // The new link went to the corrected address and works.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent("owen.price@adatum.example")}`);
  await page.getByTestId("mailbox-row").first().getByRole("link").click();
  const href =
    (await page.locator('[data-testid="email-link"][href*="/respond/"]').first().getAttribute("href")) ?? "";
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contoso asks for your reference");

  await page.goto("/references?q=A.%20Datum");
  await expect(page.getByTestId("reference-row").filter({ hasText: "A. Datum" })).not.toContainText(
    "Email not delivered",
  );
});

test("R18: the customer chooses Do not ask me again; afterwards no partner can create a request to that address", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const contactEmail = `quinn.${stamp}@wingtiptoys.example`;
  await signInAs(page, USERS.seattleAdmin);
  await createReferenceViaForm(page, {
    customer: `Wingtip Toys ${stamp}`,
    contactEmail,
    projectTitle: "Toy shop cloud",
  });

  const customer = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  const inbox = await customer.newPage();
  await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
  await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
  const href =
    (await inbox.locator('[data-testid="email-link"][href*="/respond/"]').first().getAttribute("href")) ?? "";
  await inbox.goto(href);
  await inbox.getByRole("button", { name: "Do not ask me again" }).click();
  await expect(inbox.getByRole("status")).toContainText("No partner can send you reference requests");
  await customer.close();

  // Another partner tries: refused with R18's words, beside the address.
  const fabrikam = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  const other = await fabrikam.newPage();
  await signInAs(other, USERS.fabrikamGlobal, "/references/new");
  await other.getByLabel("Location").selectOption({ label: "Lisbon" });
  await other.getByLabel("Customer company").fill(`Wingtip Toys ${stamp}`);
  await other.getByLabel("Customer contact name").fill("Quinn");
  await other.getByLabel("Customer contact email").fill(contactEmail.toUpperCase());
  await other.getByLabel("Project title").fill("Another project");
  await other.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await other.getByLabel("Completed on").fill("2026-02-01");
  await other.getByLabel("Project description").fill("Asked again.");
  await other.getByRole("button", { name: "Send reference request" }).click();
  await expect(other.getByText(R18_SUPPRESSED).first()).toBeVisible();
  await expect(other).toHaveURL(/\/references\/new/);
  await fabrikam.close();
});
