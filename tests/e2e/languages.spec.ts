import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { pageIn } from "./locale-support";
import { expectAccessible, pageFor, rowIds, USERS } from "./support";

// Issue 21: the main partner flow in German (create, R3's refusal in German, assign) and the
// agent's case queue in Japanese. Every expected word is read from the catalogues, so a missing
// translation shows as English and fails.

type Tree = { [key: string]: string | Tree };
const catalogue = (area: string, locale: string) =>
  JSON.parse(readFileSync(`lib/i18n/messages/portal/${area}/${locale}.json`, "utf8")) as Tree;
const customerCatalogue = (locale: string) =>
  JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, "utf8")) as Tree;

/** One message by its path; `{name}` placeholders filled from `values`. */
function message(tree: Tree, path: string, values: Record<string, string> = {}): string {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`no message ${path}`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("R3 and R11 in German: a Global Administrator creates a request, is refused a resend in German, and assigns the approved reference", async ({
  browser,
  baseURL,
}) => {
  const detail = catalogue("referenceDetail", "de");
  const rules = catalogue("rules", "de");
  const common = catalogue("common", "de");
  const form = (key: string) => message(detail, `client.createForm.${key}`);
  const stamp = Date.now();
  const company = `Brauerei Sonnenhof ${stamp}`;
  const contactEmail = `anna.sonnenhof.${stamp}@sonnenhof.example`;

  const page = await pageIn(browser, USERS.contosoGlobal, {
    baseURL: baseURL ?? "",
    acceptLanguage: "de-DE",
    path: "/references/new",
  });
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("navigation", { name: message(common, "nav.label") })).toContainText(
    message(common, "nav.references"),
  );
  // Required fields' labels end in " *": match the words, as the English specs do.
  await page.getByLabel(form("location")).selectOption({ label: "Munich" });
  await page.getByLabel(form("customerCompany")).fill(company);
  await page.getByLabel(form("contactName")).fill("Anna Sonnenhof");
  await page.getByLabel(form("contactEmail")).fill(contactEmail);
  await page.getByLabel(message(detail, "client.contactLanguage.label")).selectOption("de");
  await page.getByLabel(form("projectTitle")).fill("Braukessel-Steuerung in der Cloud");
  await page.getByLabel(form("projectType")).selectOption("CLOUD_MIGRATION");
  await page.getByLabel(form("completedOn")).fill("2026-04-01");
  await page
    .getByLabel(form("projectDescription"))
    .fill("Die Steuerung der Braukessel läuft jetzt in der Cloud.");
  await page.getByRole("button", { name: form("submit") }).click();
  await expect(page).toHaveURL(/\/references\?created=/);

  // R3: sent a moment ago, so resending is refused — in German, with a German date.
  await page.goto(`/references?q=${encodeURIComponent(company)}`);
  const [id] = await rowIds(page);
  expect(id, `${company} is listed`).toBeTruthy();
  const r3 = new RegExp(
    escapeRegExp(message(rules, "references.resendNotDue")).replace(
      escapeRegExp("{date}"),
      "\\d{1,2}\\. \\S+ \\d{4}",
    ),
  );
  await expect(page.getByTestId("reference-row").first()).toContainText(r3);
  await page.goto(`/references/${id}`);
  await expect(page.getByRole("main")).toContainText(r3);
  await expect(page.getByRole("button", { name: message(detail, "client.resend.button") })).toHaveCount(0);
  await expectAccessible(page);

  // The customer approves (their page is in the contact's language, German here too).
  const respond = customerCatalogue("de");
  const inbox = await (await browser.newContext({ timezoneId: "UTC", locale: "de-DE" })).newPage();
  await inbox.goto(`/dev/mailbox?to=${encodeURIComponent(contactEmail)}`);
  await inbox.getByTestId("mailbox-row").first().getByRole("link").click();
  const href = await inbox
    .locator('[data-testid="email-link"][href*="/respond/"]')
    .first()
    .getAttribute("href");
  await inbox.goto(href ?? "");
  await inbox.getByRole("button", { name: message(respond, "respond.approve"), exact: true }).click();
  await inbox.getByRole("button", { name: message(respond, "respond.yesApprove") }).click();
  await expect(inbox.getByRole("status")).toHaveText(message(respond, "respond.approved"));

  // R11: assign with the German form; the answer and the history are German.
  await page.goto(`/references/${id}`);
  await expect(page.getByRole("main")).toContainText(message(common, "statuses.CUSTOMER_APPROVED"));
  const assign = page.getByRole("form", { name: message(detail, "page.assign") });
  await assign
    .getByLabel(message(detail, "client.assignForm.competency"), { exact: true })
    .selectOption({ label: "Cloud Platform" });
  await assign.getByRole("button", { name: message(detail, "client.assignForm.ok") }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: message(detail, "client.assignForm.assigned", { competency: "Cloud Platform" }) }),
  ).toBeVisible();
  await expect(page.getByTestId("history-entry").last()).toContainText(
    message(detail, "history.events.ASSIGNED"),
  );
  await expectAccessible(page);
});

/** As munich.admin (in English): a new request and a case asking the center to cancel it. */
async function cancellationCase(page: Page, customer: string) {
  await page.goto("/references/new");
  await page.getByLabel("Location").selectOption({ label: "Munich" });
  await page.getByLabel("Customer company").fill(customer);
  await page.getByLabel("Customer contact name").fill("Kenji Sato");
  await page.getByLabel("Customer contact email").fill(`kenji.${Date.now()}@example.com`);
  await page.getByLabel("Project title").fill("Factory analytics");
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-02-01");
  await page.getByLabel("Project description").fill("Moved the reporting systems to the cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);
  await page.goto(`/references?q=${encodeURIComponent(customer)}`);
  const [id] = await rowIds(page);
  await page.goto(`/references/${id}`);
  await page.getByLabel("Program administrator asking for the cancellation").fill(USERS.contosoGlobal.name);
  await page.getByLabel("Message to the Regional Service Center").fill("The customer left the company.");
  await page.getByRole("button", { name: "Ask for cancellation" }).click();
  await expect(page.getByText("Your request was sent to the Regional Service Center")).toBeVisible();
}

test("R12 in Japanese: an agent works the case queue — the case, its confirmation and the resolved tab in Japanese", async ({
  browser,
  baseURL,
}) => {
  const sc = catalogue("serviceCenter", "ja");
  const customer = `Sakura Foods ${Date.now()}`;
  await cancellationCase(await pageFor(browser, USERS.munichAdmin, "/references/new"), customer);

  const agent = await pageIn(browser, USERS.agent, {
    baseURL: baseURL ?? "",
    acceptLanguage: "ja-JP",
    path: "/service-center",
  });
  await expect(agent.locator("html")).toHaveAttribute("lang", "ja");
  await expect(agent.getByRole("heading", { level: 1, name: message(sc, "cases.title") })).toBeVisible();
  const tabs = agent.getByRole("navigation", { name: message(sc, "cases.tabs.label") });
  await expect(
    tabs.getByRole("link", { name: new RegExp(`^${message(sc, "cases.tabs.OPEN")}`) }),
  ).toBeVisible();
  const open = agent.getByTestId("service-case").filter({ hasText: customer });
  await expect(open).toContainText(message(sc, "cases.caseTypes.CANCELLATION"));
  await expect(open).toContainText(message(sc, "cases.list.requestedBy", { name: USERS.contosoGlobal.name }));
  await expectAccessible(agent);

  await open.getByRole("button", { name: message(sc, "client.caseActions.resolve") }).click();
  await expect(open).toContainText(
    message(sc, "client.caseActions.cancelQuestion", { customer, administrator: USERS.contosoGlobal.name }),
  );
  await open.getByRole("button", { name: message(sc, "client.caseActions.cancelConfirm") }).click();
  await expect(
    agent.getByRole("status").filter({ hasText: message(sc, "cases.done.resolved") }),
  ).toBeVisible();

  await tabs.getByRole("link", { name: new RegExp(`^${message(sc, "cases.tabs.RESOLVED")}`) }).click();
  const resolved = agent.getByTestId("service-case").filter({ hasText: customer });
  await expect(resolved).toContainText(message(sc, "cases.caseStatuses.RESOLVED"));
  await expectAccessible(agent);
});
