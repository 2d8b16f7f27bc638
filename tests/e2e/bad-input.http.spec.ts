import { expect, type Page, test } from "@playwright/test";
import { type Fields, formFields, postForm, withFields } from "./forms";
import { signInAs, USERS } from "./support";

// Bad input over HTTP against `next start`: never a 5xx, clear answers, the right status codes.

const UNSAFE =
  "Remove the invisible control characters or broken symbols (such as a NUL byte) from this field.";

async function createFormFields(page: Page, customer: string): Promise<Fields> {
  await page.goto("/references/new");
  await page.getByLabel("Location").selectOption({ label: "Seattle" });
  await page.getByLabel("Customer company").fill(customer);
  await page.getByLabel("Customer contact name").fill("Riley Customer");
  await page.getByLabel("Customer contact email").fill(`riley.${Date.now()}@retry.example`);
  await page.getByLabel("Project title").fill("Retry-safe rollout");
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-02-01");
  await page.getByLabel("Project description").fill("Rolled out twice, created once.");
  return formFields(page.locator("form", { has: page.getByLabel("Customer company") }));
}

async function rowsFor(page: Page, customer: string) {
  await page.goto(`/references?q=${encodeURIComponent(customer)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Reference List" })).toBeVisible();
  return page.getByTestId("reference-row").filter({ hasText: customer });
}

test.describe("bad input over HTTP", () => {
  test("malformed path segments answer 404, not 500", async ({ page, request }) => {
    for (const path of ["/respond/%ff%fe", "/respond/%E2%82", "/respond/a%zz"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    await signInAs(page, USERS.contosoGlobal);
    const response = await page.goto("/references/%ff");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  });

  test("R13: an unknown link answers HTTP 404 with the plain 'link not valid' page", async ({ page }) => {
    const response = await page.goto("/respond/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Link not valid");
  });

  test("not found answers HTTP 404 (status, not only the page), and the loading state stays", async ({
    page,
  }) => {
    await signInAs(page, USERS.contosoGlobal);
    const missing = await page.goto("/references/cl0000000000000000000none");
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reference request not found");

    // A partner user cannot open the agents' partner finder: 404 as well.
    expect((await page.goto("/service-center/partners"))?.status()).toBe(404);

    // An existing request still answers 200 and streams behind its loading state.
    await page.goto("/references");
    const href = await page
      .getByTestId("reference-row")
      .first()
      .locator('a[href^="/references/"]')
      .first()
      .getAttribute("href");
    const found = await page.goto(href!);
    expect(found?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
  });

  test("a NUL byte in list and page parameters is ignored with a clear note, never a 500", async ({
    page,
    browser,
  }) => {
    await signInAs(page, USERS.contosoGlobal);
    const list = await page.goto("/references?q=%00&locationId=%00x");
    expect(list?.status()).toBe(200);
    await expect(page.getByText("Invalid filter ignored")).toBeVisible();
    await expect(page.getByTestId("reference-row").first()).toBeVisible();

    const agent = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
    const agentPage = await agent.newPage();
    await signInAs(agentPage, USERS.agent);
    for (const path of [
      "/references?partnerId=%00",
      "/competencies?partnerId=%00",
      "/service-center/partners?q=%00",
    ]) {
      expect((await agentPage.goto(path))?.status(), path).toBe(200);
    }
    await agent.close();
  });

  test("the export refuses a NUL filter with a clear 400 before any CSV is sent", async ({ page }) => {
    await signInAs(page, USERS.contosoGlobal);
    const bad = await page.request.get("/references/export?q=%00");
    expect(bad.status()).toBe(400);
    expect(bad.headers()["content-type"]).toContain("text/plain");
    expect(await bad.text()).toMatch(/^Invalid filter: q /);
    const good = await page.request.get("/references/export?q=Contoso");
    expect(good.status()).toBe(200);
    expect(good.headers()["content-type"]).toContain("text/csv");
  });

  test("R1: a NUL byte in a create field is refused with a field message and nothing is created", async ({
    page,
  }) => {
    const customer = `Nul Byte Ltd ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal);
    const fields = await createFormFields(page, customer);
    const response = await postForm(
      page.request,
      page.url(),
      withFields(fields, { customerCompany: `${customer}\u0000` }),
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain(UNSAFE);
    await expect(await rowsFor(page, customer)).toHaveCount(0);
  });

  test("R1: completion date 0000-01-01 is refused with a field message and nothing is created", async ({
    page,
  }) => {
    const customer = `Year Zero ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal);
    const fields = await createFormFields(page, customer);
    const response = await postForm(
      page.request,
      page.url(),
      withFields(fields, { completedOn: "0000-01-01" }),
    );
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Enter a completion date from 1 Jan 1990 on.");
    await expect(await rowsFor(page, customer)).toHaveCount(0);

    // The same answer in the browser, for a date the date picker accepts.
    await createFormFields(page, customer);
    await page.getByLabel("Completed on").fill("1989-12-31");
    await page.getByRole("button", { name: "Send reference request" }).click();
    await expect(page.getByText("Enter a completion date from 1 Jan 1990 on.")).toBeVisible();
  });

  test("R1: the same create form submitted twice creates one request and both land on it", async ({
    page,
  }) => {
    const customer = `Retry Traders ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal);
    const fields = await createFormFields(page, customer);
    expect(fields.find(([k]) => k === "createKey")?.[1]).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    // The first answer is "lost" (never looked at), as when the connection drops after the commit.
    await postForm(page.request, page.url(), fields);
    const retry = await postForm(page.request, page.url(), fields);
    expect(retry.status()).toBe(303);
    expect(retry.headers().location).toContain(`/references?created=${encodeURIComponent(customer)}`);
    await expect(await rowsFor(page, customer)).toHaveCount(1);
  });

  test("R1: two identical create submits at the same moment create exactly one request", async ({ page }) => {
    const customer = `Race Traders ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal);
    const fields = await createFormFields(page, customer);
    const answers = await Promise.all([1, 2, 3].map(() => postForm(page.request, page.url(), fields)));
    expect(answers.map((a) => a.status())).toEqual([303, 303, 303]);
    await expect(await rowsFor(page, customer)).toHaveCount(1);
  });

  test("R1: pressing the form's button twice creates one request", async ({ page }) => {
    const customer = `Double Click ${Date.now()}`;
    await signInAs(page, USERS.contosoGlobal);
    await createFormFields(page, customer);
    const button = page.getByRole("button", { name: "Send reference request" });
    await button.dblclick();
    await expect(page).toHaveURL(/\/references\?created=/);
    await expect(await rowsFor(page, customer)).toHaveCount(1);
  });
});
