import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import fc from "fast-check";
import { E2E_CRON_SECRET } from "./constants";
import { type Fields, formFields, postForm } from "./forms";
import { type PgServer, startPgServer } from "./pg-server";
import { USERS } from "./support";

// Random input against every server action and every list/export URL parameter, over HTTP, against
// `next start` on PostgreSQL (a server of its own, so the test can count every table's rows):
// no answer is ever a 5xx, and a refused submit changes no row anywhere. Then the database is
// pulled away: actions answer the outage message and the cron route a JSON 503.

const PORT = Number(process.env.E2E_PG_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);
const SERVICE_UNAVAILABLE =
  "The service is temporarily unavailable. Nothing was changed; please try again in a minute.";

let server: PgServer;
let admin: Page;
let agent: Page;
let customer: Page;

async function pageFor(browser: Browser, user?: (typeof USERS)[keyof typeof USERS]) {
  const context = await browser.newContext({ baseURL: server.baseURL, timezoneId: "UTC", locale: "en-GB" });
  const page = await context.newPage();
  if (user) {
    // As signInAs, but patient: the first pages of a freshly started server are slow on a busy machine.
    await page.goto("/signin?callbackUrl=%2Freferences");
    await page.getByRole("button", { name: new RegExp(`Sign in as ${user.name}`) }).click();
    await expect(page.getByTestId("user-name")).toHaveText(user.name, { timeout: 60_000 });
  }
  return page;
}

/** One server action as a template: where its form lives, who posts it, and the fields it reads. */
type ActionTemplate = { name: string; page: Page; url: string; base: Fields; names: string[] };
const templates: ActionTemplate[] = [];

/** React's hidden server-action fields and the form's own hidden inputs, as the page rendered them. */
async function capture(name: string, page: Page, form: Locator, names: string[]) {
  await expect(form).toBeVisible();
  templates.push({ name, page, url: page.url(), base: await formFields(form), names });
}

async function firstRowId(page: Page, query: string): Promise<string> {
  await page.goto(`/references?${query}`);
  const href = await page
    .getByTestId("reference-row")
    .first()
    .locator('a[href^="/references/"]')
    .first()
    .getAttribute("href");
  return href!.replace("/references/", "");
}

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startPgServer(PORT);
});

test.afterAll(async () => {
  await server?.stop();
});

// First, before anyone has looked at the seed's overdue request (awaiting for 43 days).
test("R4: the customer opening the link after six weeks sees Microsoft Auto-Approved, persisted as by the job", async ({
  browser,
}) => {
  const { rows } = await server.query<{ id: string; contactEmail: string; status: string }>(
    `SELECT id, "contactEmail", status FROM "ReferenceRequest" WHERE "customerCompany" = 'Fourth Coffee'`,
  );
  expect(rows).toEqual([expect.objectContaining({ status: "AWAITING_APPROVAL" })]);
  const visitor = await pageFor(browser);
  await visitor.goto(`/dev/mailbox?to=${encodeURIComponent(rows[0]!.contactEmail)}`);
  await visitor.getByTestId("mailbox-row").first().getByRole("link").click();
  const link = await visitor
    .locator('[data-testid="email-link"][href*="/respond/"]')
    .first()
    .getAttribute("href");
  const response = await visitor.goto(new URL(link!).pathname);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("status")).toHaveText(
    "This request is Microsoft Auto-Approved. No further answer is needed.",
  );
  await expect(visitor.getByRole("button", { name: "Reject" })).toHaveCount(0);

  const after = await server.query<{ status: string; events: string }>(
    `SELECT r.status, (SELECT count(*) FROM "ReferenceEvent" e WHERE e."referenceId" = r.id AND e.type = 'AUTO_APPROVED'
       AND e."actorKind" = 'SYSTEM') AS events FROM "ReferenceRequest" r WHERE r.id = $1`,
    [rows[0]!.id],
  );
  expect(after.rows).toEqual([{ status: "MICROSOFT_AUTO_APPROVED", events: "1" }]);
  await visitor.context().close();
});

async function captureTemplates(browser: Browser) {
  admin = await pageFor(browser, USERS.contosoGlobal);
  agent = await pageFor(browser, USERS.agent);
  customer = await pageFor(browser);

  await admin.goto("/references/new");
  await capture("create", admin, admin.locator("form", { has: admin.getByLabel("Customer company") }), [
    "locationId",
    "customerCompany",
    "contactName",
    "contactEmail",
    "projectTitle",
    "projectDescription",
    "projectType",
    "completedOn",
    "createKey",
  ]);
  await admin.goto("/references?status=AWAITING_APPROVAL&sort=lastSent&dir=asc");
  await capture(
    "resend",
    admin,
    admin.locator("form", { has: admin.getByRole("button", { name: "Resend" }) }).first(),
    ["referenceId"],
  );
  const approved = await firstRowId(admin, "status=CUSTOMER_APPROVED&assigned=no");
  await admin.goto(`/references/${approved}`);
  await capture("assign", admin, admin.locator("form", { has: admin.getByRole("button", { name: "OK" }) }), [
    "referenceId",
    "competencyId",
    "expectedCompetencyId",
  ]);
  const awaiting = await firstRowId(admin, "status=AWAITING_APPROVAL");
  await admin.goto(`/references/${awaiting}`);
  const caseForm = admin.locator("form", {
    has: admin.getByRole("button", { name: "Ask for cancellation" }),
  });
  await capture("open-case", admin, caseForm, [
    "referenceId",
    "type",
    "programAdministrator",
    "competencyId",
    "message",
  ]);
  // A real open case, so the agent's resolve and decline forms exist.
  await caseForm
    .getByLabel(/program administrator/i)
    .first()
    .fill("Dana Whitfield");
  await caseForm.getByRole("button", { name: "Ask for cancellation" }).click();
  await expect(admin.getByText("Your request was sent to the Regional Service Center")).toBeVisible();

  await agent.goto(`/references/${awaiting}`);
  await capture("cancel", agent, agent.locator('form[aria-label="Cancel this request"]'), [
    "referenceId",
    "programAdministrator",
    "note",
  ]);
  await agent.goto("/service-center?status=OPEN");
  await agent.getByRole("button", { name: "Decline" }).first().click();
  await capture("decline", agent, agent.locator('form[aria-label^="Decline the case about"]'), [
    "caseId",
    "reason",
    "view",
  ]);
  await agent.getByRole("button", { name: "Go back" }).click();
  await agent.getByRole("button", { name: "Resolve" }).first().click();
  await capture("resolve", agent, agent.locator('form[aria-label^="Cancel the request for"]'), [
    "caseId",
    "referenceId",
    "resolution",
    "competencyId",
    "view",
  ]);

  // The customer's link, from the demo mailbox: the newest request email (notices sit beside it).
  await customer.goto("/dev/mailbox");
  await customer
    .getByTestId("mailbox-row")
    .filter({ hasText: "asks you to confirm a customer reference" })
    .first()
    .getByRole("link")
    .first()
    .click();
  const link = await customer
    .locator('[data-testid="email-link"][href*="/respond/"]')
    .first()
    .getAttribute("href");
  await customer.goto(new URL(link!).pathname); // the seed wrote its links for another host
  await capture("decide", customer, customer.locator("form").first(), ["token", "decision"]);

  // Requests that were already due are auto-approved on first sight (R4); settle that before counting.
  await admin.goto("/references");
  await agent.goto("/references");
}

// Values a hostile or broken client might send in a text field.
const junk = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDFFFy",
    "\uFFFD",
    "%00",
    "%ff",
    "../..",
    "' OR 1=1 --",
    "<script>",
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom("", " ", "null", "undefined", "[]", "{}", "true", "0000-01-01", "1989-12-31", "9999-12-31"),
);
// At most one field per submit is huge (~150 kB), to stay under the framework's body limit.
const huge = fc.constantFrom("x".repeat(150_000), "é\u0000".repeat(50_000), "\uD83D".repeat(60_000));

/** A submit: each field kept, dropped, replaced, or repeated (an array), and maybe one huge value. */
const submission = (t: ActionTemplate, poisoned: boolean) =>
  fc
    .record({
      hugeValue: huge,
      changes: fc.array(
        fc.tuple(
          fc.constantFrom(...t.names),
          fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 1 },
            { arbitrary: junk, weight: 4 },
            { arbitrary: fc.array(junk, { minLength: 2, maxLength: 3 }), weight: 1 },
          ),
        ),
        { minLength: 1, maxLength: t.names.length },
      ),
      huge: fc.option(fc.constantFrom(...t.names), { nil: undefined }),
      poison: fc.constantFrom(...t.names),
    })
    .map(({ changes, huge: hugeField, hugeValue, poison }) => {
      const fields = new Map<string, string[]>();
      for (const [k, v] of t.base) fields.set(k, [...(fields.get(k) ?? []), v]);
      for (const name of t.names) if (!fields.has(name)) fields.set(name, ["ok"]);
      for (const [k, v] of changes) {
        if (v === undefined) fields.delete(k);
        else fields.set(k, Array.isArray(v) ? v : [v]);
      }
      if (hugeField) fields.set(hugeField, [hugeValue]);
      // A NUL byte can never be stored: with one in any field, the whole submit must be refused.
      if (poisoned) fields.set(poison, [`${fields.get(poison)?.[0] ?? ""}\u0000`]);
      const sent: Fields = [...fields].flatMap(([k, vs]) => vs.map((v) => [k, v] as [string, string]));
      return { t, poisoned, sent };
    });

test("every server action: random input never gets a 5xx, and a refused submit changes no table", async ({
  browser,
}) => {
  await captureTemplates(browser);
  const runs: string[] = [];
  await fc.assert(
    fc.asyncProperty(
      fc.boolean().chain((poisoned) => fc.constantFrom(...templates).chain((t) => submission(t, poisoned))),
      async ({ t, poisoned, sent }) => {
        const before = await server.rowCounts();
        const response = await postForm(t.page.request, t.url, sent);
        runs.push(`${t.name}:${response.status()}`);
        expect(response.status(), `${t.name} answered ${response.status()}`).toBeLessThan(500);
        if (poisoned) expect(await server.rowCounts(), `${t.name} wrote although refused`).toEqual(before);
      },
    ),
    { numRuns: 60, endOnFailure: true },
  );
  // Every action was exercised.
  expect(new Set(runs.map((r) => r.split(":")[0]))).toEqual(new Set(templates.map((t) => t.name)));
});

const LIST_PARAMS = [
  "q",
  "status",
  "locationId",
  "competencyId",
  "partnerId",
  "assigned",
  "sort",
  "dir",
  "page",
];
const URLS: { path: string; params: string[] }[] = [
  { path: "/references", params: LIST_PARAMS },
  { path: "/references/export", params: LIST_PARAMS },
  { path: "/competencies", params: ["partnerId"] },
  { path: "/service-center", params: ["status", "page", "done"] },
  { path: "/service-center/partners", params: ["q"] },
];
// A URL cannot carry a lone surrogate (encodeURIComponent refuses it); its bytes arrive as "%ED%A0%80".
const wellFormed = (v: string) =>
  v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
const rawParam = fc.oneof(
  junk.map((v) => encodeURIComponent(wellFormed(v))),
  fc.constantFrom(
    "%00",
    "%ff",
    "%E2%82",
    "%ED%A0%80",
    "%",
    "%zz",
    "a%00b",
    "-1",
    "1e309",
    "99999999999999999999",
  ),
);

test("every list and export URL parameter: random values never get a 5xx and change nothing", async () => {
  const before = await server.rowCounts();
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...URLS),
      fc.constantFrom(admin, agent),
      fc.array(fc.tuple(fc.nat(), rawParam), { minLength: 1, maxLength: 4 }),
      async (target, page, pairs) => {
        const query = pairs.map(([i, v]) => `${target.params[i % target.params.length]}=${v}`).join("&");
        const response = await page.request.get(`${target.path}?${query}`, { maxRedirects: 0 });
        expect(response.status(), `${target.path}?${query}`).toBeLessThan(500);
      },
    ),
    { numRuns: 40, endOnFailure: true },
  );
  expect(await server.rowCounts()).toEqual(before);
});

test("database outage: an action answers the outage message, the cron route a JSON 503, nothing changes", async () => {
  await admin.goto("/references/new");
  await admin.getByLabel("Customer company").fill("Outage Traders");
  const before = await server.rowCounts();
  server.cutDatabase();
  try {
    await admin.getByRole("button", { name: "Send reference request" }).click();
    await expect(admin.getByText(SERVICE_UNAVAILABLE)).toBeVisible();

    const cron = await admin.request.post("/api/cron", {
      headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` },
    });
    expect(cron.status()).toBe(503);
    expect(await cron.json()).toEqual({ error: SERVICE_UNAVAILABLE });
  } finally {
    server.restoreDatabase();
  }
  expect(await server.rowCounts()).toEqual(before);
  expect(server.output()).not.toMatch(/\[action create\] failed/);
});
