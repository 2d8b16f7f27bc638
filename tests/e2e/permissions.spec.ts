import { expect, test } from "@playwright/test";
import { pageFor, rowIds, signInAs, USERS } from "./support";

const R5 =
  "Make sure that you are a Global Administrator or a Local Administrator of the location where you want to create a reference.";
const R6 =
  "Make sure that you are a Global Administrator or a Local Administrator of the location where the reference request was created. You cannot assign references otherwise.";

test.describe("who may do what", () => {
  test("R5/R6: munich.admin cannot create for Seattle nor assign a Seattle reference, and can open a service case", async ({
    browser,
  }) => {
    // The Seattle location id and an approved Seattle reference, as the Global Administrator sees them.
    const admin = await pageFor(browser, USERS.contosoGlobal, "/references/new");
    const seattleId = await admin
      .getByLabel("Location")
      .locator("option", { hasText: "Seattle" })
      .getAttribute("value");
    await admin.goto(`/references?locationId=${seattleId}&status=CUSTOMER_APPROVED`);
    const [seattleRef] = await rowIds(admin);
    expect(seattleRef, "the demo data has an approved Seattle reference").toBeTruthy();
    await admin.context().close();

    const page = await pageFor(browser, USERS.munichAdmin, "/references/new");
    const options = await page.getByLabel("Location").locator("option").allTextContents();
    expect(options).toContain("Munich");
    expect(options).not.toContain("Seattle");
    await expect(page.getByText(R5)).toBeVisible();

    // Even a tampered form (Seattle forced into the drop-down) is refused with R5's exact words.
    await page.getByLabel("Location").evaluate((select, id) => {
      const option = document.createElement("option");
      option.value = id ?? "";
      option.textContent = "Seattle";
      select.appendChild(option);
      (select as HTMLSelectElement).value = id ?? "";
    }, seattleId);
    await page.getByLabel("Customer company").fill("Tampered Inc");
    await page.getByLabel("Customer contact name").fill("Eve");
    await page.getByLabel("Customer contact email").fill("eve@tampered.example");
    await page.getByLabel("Project title").fill("Not allowed");
    await page.getByLabel("Project type").selectOption("DATABASE");
    await page.getByLabel("Completed on").fill("2026-01-10");
    await page.getByLabel("Project description").fill("Should be refused.");
    await page.getByRole("button", { name: "Send reference request" }).click();
    await expect(page.getByRole("alert").filter({ hasText: R5 })).toBeVisible();

    // R6 on the Seattle reference, with the way to ask the Regional Service Center.
    await page.goto(`/references/${seattleRef}`);
    await expect(page.getByText(R6)).toBeVisible();
    await expect(page.getByRole("button", { name: "OK" })).toHaveCount(0);
    await page
      .getByLabel("Message to the Regional Service Center")
      .fill("Please assign this reference for us.");
    await page.getByRole("button", { name: "Ask the Regional Service Center to assign it" }).click();
    await expect(page.getByText("Your request was sent to the Regional Service Center")).toBeVisible();
    await page.goto("/service-center");
    await expect(
      page.getByTestId("service-case").filter({ hasText: "Help with assigning" }).first(),
    ).toBeVisible();
    await page.context().close();
  });

  test("a member sees the list but no actions", async ({ page }) => {
    await signInAs(page, USERS.member);
    await expect(page.getByTestId("reference-row").first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Resend" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /^(Assign|Reassign)$/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Create a Customer Reference" })).toHaveCount(0);
    await page.goto("/references/new");
    await expect(page.getByText(R5)).toBeVisible();
  });

  test("Fabrikam's admin never sees Contoso's rows", async ({ browser }) => {
    const contoso = await pageFor(browser, USERS.contosoGlobal);
    const contosoIds = await rowIds(contoso);
    expect(contosoIds.length).toBeGreaterThan(0);
    await contoso.context().close();

    const page = await pageFor(browser, USERS.fabrikamGlobal);
    const fabrikamIds = await rowIds(page);
    expect(fabrikamIds.filter((id) => contosoIds.includes(id))).toEqual([]);
    await page.goto(`/references/${contosoIds[0]}`);
    await expect(page.getByRole("heading", { name: "Reference request not found" })).toBeVisible();
    const download = page.waitForEvent("download");
    await page.goto("/references");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const csv = await (await download)
      .path()
      .then((p) => import("node:fs").then((fs) => fs.readFileSync(p, "utf8")));
    expect(csv).not.toContain("Contoso");
    await page.context().close();
  });
});
