import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page } from "@playwright/test";
import { formatDay } from "../../lib/dates";

// Shared helpers for the end-to-end tests: demo sign-in, list navigation, dates as the UI shows them.

export const USERS = {
  contosoGlobal: { email: "admin@contoso.example", name: "Dana Whitfield" },
  seattleAdmin: { email: "seattle.admin@contoso.example", name: "Sam Ortega" },
  munichAdmin: { email: "munich.admin@contoso.example", name: "Mia Baumann" },
  member: { email: "member@contoso.example", name: "Chris Lee" },
  fabrikamGlobal: { email: "admin@fabrikam.example", name: "Farah Haddad" },
  agent: { email: "agent@servicecenter.example", name: "Alex Morgan" },
} as const;

export type DemoUser = (typeof USERS)[keyof typeof USERS];

/** One-click demo sign-in, then wait for the portal. */
export async function signInAs(page: Page, user: DemoUser, path = "/references"): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByRole("button", { name: new RegExp(`Sign in as ${user.name}`) }).click();
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
}

/** A fresh, signed-in page in its own browser context (for tests that need two users). */
export async function pageFor(browser: Browser, user: DemoUser, path = "/references"): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  const page = await context.newPage();
  await signInAs(page, user, path);
  return page;
}

/** "3 Dec 2026", in UTC, as the Reference List shows dates. */
export const day = formatDay;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The Reference List row of one reference, found by its detail link. */
export function rowOf(page: Page, referenceId: string) {
  return page
    .getByTestId("reference-row")
    .filter({ has: page.locator(`a[href="/references/${referenceId}"]`) });
}

/** Ids of the references on the current list page, in order. */
export async function rowIds(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId("reference-row")
    .locator('td:first-child a[href^="/references/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.replace("/references/", ""));
}

/**
 * Fails on any serious or critical accessibility violation of the current page. `framed` pages
 * (the mailbox's sandboxed email preview) are checked without axe's cross-frame pass, which
 * cannot enter a sandboxed frame and hangs; the email inside is not the portal's markup.
 */
export async function expectAccessible(page: Page, options: { framed?: boolean } = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (options.framed) builder.setLegacyMode(true).exclude("iframe");
  const results = await builder.analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, `axe violations on ${page.url()}`).toEqual([]);
}

/** Minimal RFC 4180 parser for the exported CSV. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Creates a Seattle reference through the form (signed in as a Contoso administrator). */
export async function createReferenceViaForm(
  page: Page,
  reference: { customer: string; contactEmail: string; projectTitle: string },
): Promise<void> {
  await page.goto("/references/new");
  await page.getByLabel("Location").selectOption({ label: "Seattle" });
  await page.getByLabel("Customer company").fill(reference.customer);
  await page.getByLabel("Customer contact name").fill("Riley Customer");
  await page.getByLabel("Customer contact email").fill(reference.contactEmail);
  await page.getByLabel("Project title").fill(reference.projectTitle);
  await page.getByLabel("Project type").selectOption("CLOUD_MIGRATION");
  await page.getByLabel("Completed on").fill("2026-02-01");
  await page.getByLabel("Project description").fill("Moved the warehouse systems to the cloud.");
  await page.getByRole("button", { name: "Send reference request" }).click();
  await expect(page).toHaveURL(/\/references\?created=/);
}
