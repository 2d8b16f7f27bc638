import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

// R21 through the browser: the demo's request rejected 210 days ago (Lamna Healthcare) had its contact
// erased by the retention run the demo data replays; the list and its page say so and keep the rest.

test("R21: an erased contact reads “Contact erased” on the list and the reference's page; company, status and dates stay", async ({
  page,
}) => {
  await signInAs(page, USERS.contosoGlobal, "/references?q=Lamna");
  const row = page.getByTestId("reference-row").filter({ hasText: "Lamna Healthcare" });
  await expect(row).toContainText("Contact erased");
  await expect(row).toContainText("Customer Rejected");
  await row.getByRole("link", { name: "Lamna Healthcare" }).click();

  await expect(page.getByRole("heading", { name: "Lamna Healthcare", level: 1 })).toBeVisible();
  await expect(page.getByText("Contact erased")).toBeVisible();
  await expect(page.getByText("Toy catalog search").first()).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Owen Harper");
  await expect(page.locator("body")).not.toContainText("lamnahealthcare.example");
  await expectAccessible(page);
});

test("R21: the privacy page says what is kept, for how long and whom to write to, in the customer's language", async ({
  page,
}) => {
  await page.goto("/privacy?lang=de");
  await expect(
    page.getByRole("heading", { name: "Wie mit Ihren Daten umgegangen wird", level: 1 }),
  ).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByText(/180 Tage nach ihrem Ende gelöscht/)).toBeVisible();
  await expect(page.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@.+/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "How your data is handled", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
