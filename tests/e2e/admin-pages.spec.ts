import { expect, test } from "@playwright/test";
import { readyForm } from "./admin-support";
import { expectAccessible, pageFor, signInAs, USERS } from "./support";

test.describe("administration pages", () => {
  test("axe: no serious or critical violation on the new pages", async ({ browser }) => {
    test.setTimeout(180_000); // eleven axe runs
    const admin = await pageFor(browser, USERS.contosoGlobal, "/settings/users");
    for (const path of ["/settings/users", "/settings/locations", "/settings/activity", "/profile"]) {
      await admin.goto(path);
      await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(admin);
    }
    // The forms inside the disclosure widgets too.
    await admin.goto("/settings/users");
    await admin
      .getByText(/^Change role or remove/)
      .first()
      .click();
    await expectAccessible(admin);
    await admin.context().close();

    const member = await pageFor(browser, USERS.member, "/settings/users");
    await expectAccessible(member);
    await member.context().close();

    const agent = await pageFor(browser, USERS.agent, "/service-center/competencies");
    await agent
      .getByText(/^Change /)
      .first()
      .click();
    await expectAccessible(agent);
    await agent.goto("/service-center/partners/new");
    await readyForm(agent, "Onboard a partner");
    await expectAccessible(agent);
    await agent.getByRole("button", { name: "Onboard partner and send the invitation" }).click();
    await expect(agent.getByText("Nothing was changed")).toBeVisible();
    await expectAccessible(agent);
    await agent.goto("/service-center/partners?q=Contoso");
    await agent.getByRole("link", { name: "Contoso", exact: true }).click();
    await expect(agent.getByRole("heading", { name: "Contoso", level: 1 })).toBeVisible();
    await expectAccessible(agent);
    await agent.goto("/invitation/not-a-valid-token");
    await expect(agent.getByText(/This invitation link is not valid/)).toBeVisible();
    await expectAccessible(agent);
    await agent.context().close();
  });

  test("keyboard only: a Global Administrator adds a location without the mouse", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal, "/settings/locations");
    await page.goto("/settings/locations");
    await readyForm(page, "Add a location");
    const focusedName = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
    for (let i = 0; i < 40 && (await focusedName()) !== "name"; i++) await page.keyboard.press("Tab");
    expect(await focusedName()).toBe("name");
    await page.keyboard.type("Perth");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Australia");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByText("Location added.")).toBeVisible();
    await expect(page.getByTestId("location-row").filter({ hasText: "Perth" })).toBeVisible();
  });

  test("bad input: a duplicate location name gets a field message and the typed values stay", async ({
    page,
  }) => {
    await signInAs(page, USERS.contosoGlobal, "/settings/locations");
    await page.goto("/settings/locations");
    const form = await readyForm(page, "Add a location");
    await form.getByLabel("Name").fill("Seattle");
    await form.getByLabel("Country").fill("United States");
    await form.getByRole("button", { name: "Add location" }).click();
    await expect(form.getByText("This partner already has a location with this name.")).toBeVisible();
    await expect(form.getByLabel("Name")).toHaveValue("Seattle");
    await expect(page.getByTestId("location-row").filter({ hasText: /^Seattle/ })).toHaveCount(1);
  });

  test("profile: sign out of every session ends this session too", async ({ browser }) => {
    const first = await pageFor(browser, USERS.munichAdmin, "/profile");
    const second = await pageFor(browser, USERS.munichAdmin, "/references");
    await first.goto("/profile");
    await expect(first.getByTestId("profile-role")).toHaveText("Local Administrator of Munich");
    await first.getByRole("button", { name: "Sign out of every session" }).click();
    await first.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(first).toHaveURL(/\/signin/);
    // The other browser's session stops on its next request.
    await second.goto("/references");
    await expect(second).toHaveURL(/\/signin/);
    await first.context().close();
    await second.context().close();
  });
});
