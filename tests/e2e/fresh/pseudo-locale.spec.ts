import { expect, type Page, test } from "@playwright/test";
import { pageIn, pageTexts, untranslated } from "../locale-support";
import { type DemoUser, USERS } from "../support";

// Issue 21: every page of the README's "What is where" table, in the pseudo-locale en-XA (demo mode
// only): any text that is neither pseudo-localised nor data is English that bypassed the catalogues.
// Runs on fresh demo data (the "fresh-data" project runs before the others), so what is data is
// what the demo seed wrote. Customer pages (respond, withdraw, privacy) speak the customer's
// language, /dev/mailbox is a demo tool, /api/docs the API's English reference: not portal pages.

async function expectPseudo(page: Page, path: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en-XA");
  const left = untranslated(await pageTexts(page));
  expect(left, `${path} shows text that is not from the catalogues`).toEqual([]);
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main h1, h1").first()).toBeVisible();
  await expectPseudo(page, path);
}

async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const href = await page.locator("main a[href]").evaluateAll((links, source) => {
    const re = new RegExp(source);
    return links.map((a) => a.getAttribute("href") ?? "").find((h) => re.test(h)) ?? "";
  }, pattern.source);
  expect(href, `a link matching ${pattern} on ${listPath}`).not.toBe("");
  return href;
}

const pseudoFor = (user: DemoUser, baseURL: string, browser: Parameters<typeof pageIn>[0]) =>
  pageIn(browser, user, { baseURL, cookie: "en-XA" });

test("en-XA: signed-out pages — /signin, its check-email page, an invitation link that is not valid", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  await context.addCookies([{ name: "prc_lang", value: "en-XA", url: baseURL ?? "" }]);
  const page = await context.newPage();
  for (const path of ["/signin", "/signin/check-email", "/invitation/not-a-real-token"])
    await visit(page, path);
  await page.goto("/this-page-does-not-exist");
  await expectPseudo(page, "not found");
});

test("en-XA: a Global Administrator's pages", async ({ browser, baseURL }) => {
  const page = await pseudoFor(USERS.contosoGlobal, baseURL ?? "", browser);
  await expectPseudo(page, "/references");
  const reference = await firstLink(page, "/references", /^\/references\/[a-z0-9]{20,}$/);
  for (const path of [
    "/references?status=AWAITING_APPROVAL",
    "/references/new",
    reference,
    "/competencies",
    "/profile",
    "/settings/users",
    "/settings/locations",
    "/settings/activity",
    "/settings/api",
    "/settings/webhooks",
  ])
    await visit(page, path);
});

test("en-XA: a member's Reference List and a reference they cannot act on", async ({ browser, baseURL }) => {
  const page = await pseudoFor(USERS.member, baseURL ?? "", browser);
  await expectPseudo(page, "/references (member)");
  const reference = await firstLink(page, "/references", /^\/references\/[a-z0-9]{20,}$/);
  await visit(page, reference);
});

test("en-XA: a service-center agent's pages", async ({ browser, baseURL }) => {
  const page = await pseudoFor(USERS.agent, baseURL ?? "", browser);
  const partner = await firstLink(
    page,
    "/service-center/partners",
    /^\/service-center\/partners\/[a-z0-9]{20,}$/,
  );
  for (const path of [
    "/service-center",
    "/service-center/partners",
    "/service-center/partners/new",
    partner,
    "/service-center/competencies",
    "/service-center/email",
    "/service-center/contacts",
    "/service-center/privacy",
  ])
    await visit(page, path);
});
