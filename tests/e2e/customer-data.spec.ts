import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs, USERS } from "./support";

// R21 through the browser: an agent finds what is held about one customer address (the demo's
// Woodgrove Bank contact, who rejected a request), downloads it, erases it after a confirmation, and
// the partner's list shows the contact erased.

const ADDRESS = "ethan.brooks@woodgrovebank.example";

test("R21: an agent finds a customer's data, downloads it as JSON and erases it after confirming; the partner sees Contact erased", async ({
  page,
  browser,
}) => {
  await signInAs(page, USERS.agent, "/service-center/privacy");
  await expect(page.getByRole("heading", { name: "Customer data", level: 1 })).toBeVisible();

  // A malformed address is refused beside the field.
  const field = page.getByLabel("Customer's email address");
  await field.fill("ethan.brooks@");
  await field.evaluate((input: HTMLInputElement) => {
    input.type = "text"; // past the browser's own check, to the server's
  });
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("Enter a valid email address, such as name@company.com.")).toBeVisible();

  await field.fill(ADDRESS.toUpperCase());
  await page.getByRole("button", { name: "Find" }).click();
  const held = page.getByTestId("held-request");
  await expect(held).toHaveCount(1);
  await expect(held).toContainText("Woodgrove Bank");
  await expect(held).toContainText("Ethan Brooks");
  await expect(held).toContainText("Customer Rejected");
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as JSON" }).click(),
  ]);
  const json = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as {
    requests: { customerCompany: string; contactEmail: string }[];
  };
  expect(json.requests.map((r) => [r.customerCompany, r.contactEmail])).toEqual([
    ["Woodgrove Bank", ADDRESS],
  ]);

  await page.getByRole("button", { name: "Erase this customer's data…" }).click();
  await expect(page.getByText(/This cannot be undone/)).toBeVisible();
  await page.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Erased" })).toContainText("1 request");

  // Searching again: nothing names the address any more.
  await field.fill(ADDRESS);
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("No request or email names this address.")).toBeVisible();

  const partner = await browser.newPage();
  await signInAs(partner, USERS.contosoGlobal, "/references?q=Woodgrove");
  const row = partner.getByTestId("reference-row").filter({ hasText: "Woodgrove Bank" });
  await expect(row).toContainText("Contact erased");
  await expect(row).toContainText("Customer Rejected");
  await partner.close();
});
