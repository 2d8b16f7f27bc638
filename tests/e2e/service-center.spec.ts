import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible, pageFor, rowIds, signInAs, USERS } from "./support";

// The Regional Service Center's side (R6, R12). Every request these tests change is created here,
// through the UI, so the demo rows other specs rely on stay as they are.

/** Creates a request at `location` as the signed-in administrator and returns its id. */
async function createRequest(
  page: Page,
  location: "Munich" | "Seattle",
  customer: string,
  contactEmail = `contact.${Date.now()}@example.com`,
): Promise<string> {
  await page.goto("/references/new");
  await page.getByLabel("Location").selectOption({ label: location });
  await page.getByLabel("Customer company").fill(customer);
  await page.getByLabel("Customer contact name").fill("Jo Customer");
  await page.getByLabel("Customer contact email").fill(contactEmail);
  await page.getByLabel("Project title").fill("Data platform rollout");
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-02-01");
  await page.getByLabel("Project description").fill("Moved the reporting systems to the cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);
  await page.goto(`/references?q=${encodeURIComponent(customer)}`);
  const [id] = await rowIds(page);
  expect(id, `the new request for ${customer} is listed`).toBeTruthy();
  return id!;
}

/** As a partner administrator on the request's page: ask the center to cancel it. */
async function askForCancellation(page: Page, referenceId: string, programAdministrator: string) {
  await page.goto(`/references/${referenceId}`);
  await page.getByLabel("Program administrator asking for the cancellation").fill(programAdministrator);
  await page.getByLabel("Message to the Regional Service Center").fill("The customer left the company.");
  await page.getByRole("button", { name: "Ask for cancellation" }).click();
  await expect(page.getByText("Your request was sent to the Regional Service Center")).toBeVisible();
}

/** A Munich request with an open cancellation case, opened by munich.admin. */
async function munichCancellationCase(browser: Browser, customer: string, programAdministrator: string) {
  const munich = await pageFor(browser, USERS.munichAdmin, "/references/new");
  const id = await createRequest(munich, "Munich", customer);
  await askForCancellation(munich, id, programAdministrator);
  return { munich, id };
}

const caseOf = (page: Page, customer: string) =>
  page.getByTestId("service-case").filter({ hasText: customer });

test.describe("Regional Service Center", () => {
  test("R12: an agent resolves munich.admin's cancellation case; the request is Canceled and the history names the agent and the program administrator", async ({
    browser,
  }) => {
    const customer = `Alpine Outfitters ${Date.now()}`;
    const { munich, id } = await munichCancellationCase(browser, customer, USERS.contosoGlobal.name);

    const agent = await pageFor(browser, USERS.agent, "/service-center");
    await expect(agent).toHaveURL(/\/service-center$/);
    const open = caseOf(agent, customer);
    await expect(open).toContainText("Cancellation request");
    await expect(open).toContainText("Open");
    await expect(open).toContainText(`Requested by program administrator: ${USERS.contosoGlobal.name}`);

    // Two steps: Resolve asks for confirmation; Go back changes nothing.
    await open.getByRole("button", { name: "Resolve" }).click();
    await expect(open).toContainText(
      `Cancel the reference request for ${customer} at the request of ${USERS.contosoGlobal.name}? This cannot be undone.`,
    );
    await open.getByRole("button", { name: "Go back" }).click();
    await open.getByRole("button", { name: "Resolve" }).click();
    await open.getByRole("button", { name: "Yes, cancel the request" }).click();
    await expect(agent.getByRole("status").filter({ hasText: "Case resolved" })).toBeVisible();
    await expect(agent).toHaveURL(/status=OPEN/);
    await expect(caseOf(agent, customer)).toHaveCount(0);

    await agent.getByRole("link", { name: /^Resolved/ }).click();
    await expect(agent).toHaveURL(/status=RESOLVED/);
    await expect(caseOf(agent, customer)).toContainText("Resolved");
    await expect(caseOf(agent, customer).getByRole("button", { name: "Resolve" })).toHaveCount(0);

    await caseOf(agent, customer).getByRole("link", { name: customer }).click();
    await expect(agent.getByRole("heading", { level: 1, name: customer })).toBeVisible();
    await expect(agent.getByText("Canceled", { exact: true }).first()).toBeVisible();
    const canceled = agent
      .getByTestId("history-entry")
      .filter({ hasText: "Canceled by the Regional Service Center" });
    await expect(canceled).toContainText(USERS.agent.name);
    await expect(canceled).toContainText(USERS.contosoGlobal.name);

    // The partner follows the case read-only.
    await munich.goto("/service-center");
    await expect(caseOf(munich, customer)).toContainText("Resolved");
    await expect(caseOf(munich, customer).getByRole("button")).toHaveCount(0);
    await munich.goto(`/references/${id}`);
    await expect(munich.getByText("Canceled", { exact: true }).first()).toBeVisible();
    await munich.context().close();
    await agent.context().close();
  });

  test("R12: an agent declines a case only with a reason; the request stays Awaiting Approval", async ({
    browser,
  }) => {
    const customer = `Bavaria Bikes ${Date.now()}`;
    const { munich, id } = await munichCancellationCase(browser, customer, "Someone Unknown");

    const agent = await pageFor(browser, USERS.agent, "/service-center?status=OPEN");
    const open = caseOf(agent, customer);
    await open.getByRole("button", { name: "Decline" }).click();
    await open.getByRole("button", { name: "Yes, decline the case" }).click();
    await expect(open.getByText("Say why the case is declined.")).toBeVisible();
    await open
      .getByLabel("Reason for declining")
      .fill("Someone Unknown is not a program administrator of Contoso.");
    await open.getByRole("button", { name: "Yes, decline the case" }).click();
    await expect(agent.getByRole("status").filter({ hasText: "Case declined" })).toBeVisible();
    await expect(caseOf(agent, customer)).toHaveCount(0);

    await agent.goto("/service-center?status=DECLINED");
    await expect(agent.getByRole("link", { name: /^Declined/ })).toHaveAttribute("aria-current", "page");
    await expect(caseOf(agent, customer)).toContainText("is not a program administrator of Contoso");

    await munich.goto("/service-center?status=DECLINED");
    await expect(caseOf(munich, customer)).toContainText(
      `${USERS.agent.name}: Someone Unknown is not a program administrator of Contoso.`,
    );
    await munich.goto(`/references/${id}`);
    await expect(munich.getByText("Awaiting Approval", { exact: true }).first()).toBeVisible();
    await munich.context().close();
    await agent.context().close();
  });

  // Two tests in one serial group, each within its time limit on a busy machine: a partner
  // administrator's request for help comes about, then the agent resolves it.
  test.describe
    .serial("R6/R12: an agent resolves a request for help by choosing the Competency and pressing OK", () => {
      const stamp = Date.now();
      const customer = `Harbor Freight Lines ${stamp}`;
      let id = "";

      test("munich.admin, who may not assign a Seattle reference the customer approved, asks for help", async ({
        browser,
      }) => {
        const contactEmail = `kai.${stamp}@harborfreight.example`;
        const seattle = await pageFor(browser, USERS.seattleAdmin, "/references/new");
        id = await createRequest(seattle, "Seattle", customer, contactEmail);
        await seattle.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
        await seattle.getByTestId("mailbox-row").first().getByRole("link").click();
        const href = await seattle
          .locator('[data-testid="email-link"][href*="/respond/"]')
          .first()
          .getAttribute("href");
        const customerContext = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
        const inbox = await customerContext.newPage();
        await inbox.goto(href!);
        await inbox.getByRole("button", { name: "Approve" }).click();
        await inbox.getByRole("button", { name: "Yes, approve" }).click();
        await expect(inbox.getByRole("status")).toContainText("approved");
        await customerContext.close();
        await seattle.context().close();

        const munich = await pageFor(browser, USERS.munichAdmin, `/references/${id}`);
        await munich.getByLabel("Message to the Regional Service Center").fill("Please assign it for us.");
        await munich.getByRole("button", { name: "Ask the Regional Service Center to assign it" }).click();
        await expect(munich.getByText("Your request was sent to the Regional Service Center")).toBeVisible();
        await munich.context().close();
      });

      test("the agent chooses the Competency, presses OK, and the reference is assigned in the agent's name", async ({
        browser,
      }) => {
        const agent = await pageFor(browser, USERS.agent, "/service-center");
        const open = caseOf(agent, customer);
        await expect(open).toContainText("Help with assigning");
        await open.getByRole("button", { name: "Resolve" }).click();
        const select = open.getByLabel("Competency", { exact: true });
        await expect(select).toBeVisible();
        const choices = (await select.locator("option:not([disabled])").allTextContents()).map((s) =>
          s.trim(),
        );
        expect(choices.length).toBeGreaterThan(0);
        await select.selectOption({ label: choices[0]! });
        await open.getByRole("button", { name: "OK" }).click();
        await expect(agent.getByRole("status").filter({ hasText: "Case resolved" })).toBeVisible();

        await agent.goto(`/references/${id}`);
        await expect(agent.getByText(`Currently assigned to ${choices[0]}.`)).toBeVisible();
        await expect(
          agent.getByTestId("history-entry").filter({ hasText: "Assigned to a competency" }),
        ).toContainText(USERS.agent.name);
        await agent.context().close();
      });
    });

  test("R12: on the request's page an agent cancels only with the program administrator's name, after confirming", async ({
    browser,
  }) => {
    const customer = `Danube Dairy ${Date.now()}`;
    const munich = await pageFor(browser, USERS.munichAdmin, "/references/new");
    const id = await createRequest(munich, "Munich", customer);
    await munich.context().close();

    const agent = await pageFor(browser, USERS.agent, `/references/${id}`);
    await expect(agent.getByRole("heading", { name: "Cancel this request" })).toBeVisible();
    await agent.getByRole("button", { name: "Cancel this request…" }).click();
    await expect(
      agent.getByText("Enter the name of the program administrator who asked for the cancellation."),
    ).toBeVisible();
    // The partner's Global Administrators are suggested.
    await expect(
      agent.locator(`#cancel-administrators option[value="${USERS.contosoGlobal.name}"]`),
    ).toHaveCount(1);
    await agent.getByLabel("Program administrator who asked").fill(USERS.contosoGlobal.name);
    await agent.getByRole("button", { name: "Cancel this request…" }).click();
    await expect(
      agent.getByText(`Cancel the request for ${customer} at the request of ${USERS.contosoGlobal.name}?`),
    ).toBeVisible();
    await agent.getByRole("button", { name: "Yes, cancel the request" }).click();

    await expect(agent.getByText("Canceled", { exact: true }).first()).toBeVisible();
    const canceled = agent
      .getByTestId("history-entry")
      .filter({ hasText: "Canceled by the Regional Service Center" });
    await expect(canceled).toContainText(USERS.agent.name);
    await expect(canceled).toContainText(`Canceled at the request of ${USERS.contosoGlobal.name}.`);
    await expect(agent.getByRole("heading", { name: "Cancel this request" })).toHaveCount(0);
    await agent.context().close();
  });

  test("an agent finds Fabrikam and sees only its rows, kept through filters and sorting", async ({
    page,
  }) => {
    await signInAs(page, USERS.agent, "/service-center/partners");
    await page.getByLabel("Partner name").fill("fabrik");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/service-center\/partners\?q=fabrik$/);
    const rows = page.getByTestId("partner-row");
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText("Fabrikam");
    await expect(rows.getByTestId("awaiting-count")).toHaveText(/^\d+$/);
    await expect(rows.getByTestId("unassigned-count")).toHaveText(/^\d+$/);

    await rows.getByRole("link", { name: "Reference List of Fabrikam" }).click();
    await expect(page).toHaveURL(/\/references\?partnerId=/);
    const partnerId = new URL(page.url()).searchParams.get("partnerId");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reference List — Fabrikam");
    const listed = page.getByTestId("reference-row");
    await expect(listed.first()).toBeVisible();
    for (const text of await listed.allTextContents()) {
      expect(text).toContain("Fabrikam");
      expect(text).not.toContain("Contoso");
    }

    // The partner stays chosen through sorting, status tabs and Clear.
    await page.getByLabel("Sort by").selectOption("customer");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      new RegExp(`partnerId=${partnerId}.*sort=customer|sort=customer.*partnerId=${partnerId}`),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reference List — Fabrikam");
    await page
      .getByRole("navigation", { name: "Filter by status" })
      .getByRole("link", { name: /^All/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`partnerId=${partnerId}`));
    await page.getByRole("link", { name: "Clear", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/references\\?partnerId=${partnerId}$`));

    await page.getByRole("main").getByRole("link", { name: "Competencies", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/competencies\\?partnerId=${partnerId}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Competencies — Fabrikam");
  });

  test("partner users cannot open the partner search, and have no Partners link", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partners" }),
    ).toHaveCount(0);
    await page.goto("/service-center/partners");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await expect(page.getByRole("button", { name: "Resolve" })).toHaveCount(0);
  });

  test("R12: a member without an admin role is refused the case list, by link and by URL", async ({
    page,
    browser,
  }) => {
    await signInAs(page, USERS.member);
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Service center" }),
    ).toHaveCount(0);
    // Over HTTP, with the member's session: no case list, the not-found page instead.
    const response = await page.request.get("/service-center?status=ALL");
    const html = await response.text();
    expect(html).toContain("We could not find that page");
    expect(html).not.toMatch(/<h1[^>]*>Service center cases<\/h1>/);
    expect(html).not.toContain('aria-label="Filter cases by status"');
    expect(html).not.toContain('data-testid="service-case"');
    // An administrator of the same partner gets the list (a separate session: /signin sends a
    // signed-in member straight on).
    const admin = await pageFor(browser, USERS.contosoGlobal);
    const allowed = await admin.request.get("/service-center?status=ALL");
    expect(allowed.status()).toBe(200);
    expect(await allowed.text()).toContain('aria-label="Filter cases by status"');
    await admin.context().close();
  });
});

// One or two axe scans per test: a scan takes seconds on a busy machine.
test.describe("accessibility of the agent's pages (axe: no serious or critical violation)", () => {
  test("the partner search, and with no match", async ({ page }) => {
    await signInAs(page, USERS.agent, "/service-center/partners");
    await expectAccessible(page);
    await page.goto("/service-center/partners?q=zzzz-no-match");
    await expect(page.getByText("No partner matches")).toBeVisible();
    await expectAccessible(page);
  });

  for (const views of [
    ["OPEN", "RESOLVED"],
    ["DECLINED", "ALL"],
  ]) {
    test(`the case list: ${views.join(" and ")}`, async ({ page }) => {
      await signInAs(page, USERS.agent, "/service-center");
      for (const status of views) {
        await page.goto(`/service-center?status=${status}`);
        await expect(
          page.getByRole("navigation", { name: "Filter cases by status" }).locator('[aria-current="page"]'),
        ).toHaveAttribute("href", `/service-center?status=${status}`);
        await expectAccessible(page);
      }
    });
  }

  test("the case list with a case's confirmation panel open", async ({ browser }) => {
    const customer = `Elbe Energy ${Date.now()}`;
    const { munich } = await munichCancellationCase(browser, customer, USERS.contosoGlobal.name);
    await munich.context().close();
    const agent = await pageFor(browser, USERS.agent, "/service-center?status=OPEN");
    await caseOf(agent, customer).getByRole("button", { name: "Resolve" }).click();
    await expect(
      caseOf(agent, customer).getByRole("button", { name: "Yes, cancel the request" }),
    ).toBeVisible();
    await expectAccessible(agent);
    await agent.context().close();
  });

  test("a partner's Reference List", async ({ page }) => {
    await signInAs(page, USERS.agent, "/service-center/partners?q=Contoso");
    await page.getByRole("link", { name: "Reference List of Contoso" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reference List — Contoso");
    await expectAccessible(page);
  });

  test("a partner's competencies", async ({ page }) => {
    await signInAs(page, USERS.agent, "/competencies");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Competencies");
    await expectAccessible(page);
  });

  test("an awaiting reference's page, with the cancel form", async ({ page }) => {
    await signInAs(page, USERS.agent, "/references?status=AWAITING_APPROVAL");
    const [awaiting] = await rowIds(page);
    expect(awaiting, "the demo data has an awaiting request").toBeTruthy();
    await page.goto(`/references/${awaiting}`);
    await expect(page.getByRole("heading", { name: "Cancel this request" })).toBeVisible();
    await expectAccessible(page);
  });
});
