import { expect, test } from "@playwright/test";
import { DAY_MS, day, pageFor, rowOf, signInAs, USERS } from "./support";

test.describe("create and resend", () => {
  test("R1: admin@contoso creates a reference; it is Awaiting Approval, last sent today, resend shown from +7 days", async ({
    page,
  }) => {
    const customer = `Northwind Traders ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal, "/references/new");
    await expect(page.getByRole("heading", { name: "Create a Customer Reference", level: 1 })).toBeVisible();

    // A refused submit keeps what was typed and names the fields to fix.
    await page.getByLabel("Customer company").fill(customer);
    await page.getByLabel("Customer contact email").fill("not-an-email");
    await page.getByRole("button", { name: "Send reference request" }).click();
    await expect(page.getByText("Enter a valid email address, such as name@company.com.")).toBeVisible();
    await expect(page.getByLabel("Customer company")).toHaveValue(customer);
    await expect(page.getByLabel("Customer contact email")).toHaveValue("not-an-email");

    await page.getByLabel("Location").selectOption({ label: "Seattle" });
    await page.getByLabel("Customer contact name").fill("Ana Trujillo");
    await page.getByLabel("Customer contact email").fill(`ana.${Date.now()}@northwind.example`);
    await page.getByLabel("Project title").fill("Sales analytics platform");
    await page.getByLabel("Project type").selectOption("BUSINESS_INTELLIGENCE");
    await page.getByLabel("Completed on").fill("2026-01-15");
    await page.getByLabel("Project description").fill("Dashboards for 300 sales people.");
    await page.getByRole("button", { name: "Send reference request" }).click();

    await expect(page).toHaveURL(/\/references\?created=/);
    await expect(page.getByRole("status").filter({ hasText: customer })).toBeVisible();

    await page.goto(`/references?q=${encodeURIComponent(customer)}`);
    const row = page.getByTestId("reference-row").filter({ hasText: customer });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Awaiting Approval");
    await expect(row.getByTestId("last-sent")).toHaveText(day(new Date()));
    await expect(row.getByRole("button", { name: "Resend" })).toHaveCount(0);
    await expect(row).toContainText(
      `You can resend this request from ${day(new Date(Date.now() + 7 * DAY_MS))}.`,
    );
  });

  test("R3: a seeded request sent 8 or more days ago can be resent, once", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal, "/references?status=AWAITING_APPROVAL&sort=lastSent&dir=asc");
    const due = page
      .getByTestId("reference-row")
      .filter({ has: page.getByRole("button", { name: "Resend" }) });
    await expect(due.first()).toBeVisible();
    const href = await due.first().locator('td:first-child a[href^="/references/"]').getAttribute("href");
    const id = href?.replace("/references/", "");
    expect(id).toBeTruthy();
    const resends = page.getByTestId("history-entry").filter({ hasText: "Request sent again" });
    await page.goto(`/references/${id}`);
    const resendsBefore = await resends.count();
    await page.goBack();
    const row = rowOf(page, id!);
    const before = (await row.getByTestId("last-sent").textContent())?.match(/^\d{1,2} \w{3} \d{4}/)?.[0];
    expect(new Date(`${before} UTC`).getTime()).toBeLessThanOrEqual(Date.now() - 7 * DAY_MS);

    await row.getByRole("button", { name: "Resend" }).click();
    await expect(row.getByText("Sent again.")).toBeVisible();

    await page.reload();
    await expect(rowOf(page, id!).getByTestId("last-sent")).toContainText(day(new Date()));
    await expect(rowOf(page, id!).getByRole("button", { name: "Resend" })).toHaveCount(0);
    await expect(rowOf(page, id!)).toContainText(
      `You can resend this request from ${day(new Date(Date.now() + 7 * DAY_MS))}.`,
    );

    await page.goto(`/references/${id}`);
    await expect(resends).toHaveCount(resendsBefore + 1);
    await expect(resends.last()).toContainText(day(new Date()));
  });

  test("R3: when another administrator has just resent it, Resend is refused with the date and the button goes", async ({
    browser,
  }) => {
    const first = await pageFor(
      browser,
      USERS.contosoGlobal,
      "/references?status=AWAITING_APPROVAL&sort=lastSent&dir=asc",
    );
    // The most recently sent of the due requests (the one resent above was the oldest).
    const due = first
      .getByTestId("reference-row")
      .filter({ has: first.getByRole("button", { name: "Resend" }) });
    await expect(due.last()).toBeVisible();
    const href = await due.last().locator('td:first-child a[href^="/references/"]').getAttribute("href");
    const second = await pageFor(browser, USERS.contosoGlobal, href!);
    await first.goto(href!);
    for (const page of [first, second])
      await expect(page.getByRole("button", { name: "Resend" })).toBeEnabled();

    await first.getByRole("button", { name: "Resend" }).click();
    await expect(first.getByText("Sent again.")).toBeVisible();
    await second.getByRole("button", { name: "Resend" }).click();
    await expect(
      second
        .getByRole("alert")
        .filter({ hasText: `You can resend this request from ${day(new Date(Date.now() + 7 * DAY_MS))}.` }),
    ).toBeVisible();
    await expect(second.getByRole("button", { name: "Resend" })).toHaveCount(0);
    await first.context().close();
    await second.context().close();
  });
});
