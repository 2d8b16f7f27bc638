import { readdirSync, readFileSync } from "node:fs";
import { type Browser, expect, type Page } from "@playwright/test";
import type { DemoUser } from "./support";

// Helpers for the portal in other languages (issue 21): sign in whatever the button says, read every
// text a page shows, and tell untranslated English from data.

/** A signed-in page whose browser asks for `acceptLanguage`, or with the prc_lang cookie set. */
export async function pageIn(
  browser: Browser,
  user: DemoUser,
  {
    baseURL,
    acceptLanguage,
    cookie,
    path = "/references",
  }: { baseURL: string; acceptLanguage?: string; cookie?: string; path?: string },
): Promise<Page> {
  const context = await browser.newContext({ timezoneId: "UTC", locale: acceptLanguage ?? "en-GB" });
  if (cookie) await context.addCookies([{ name: "prc_lang", value: cookie, url: baseURL }]);
  const page = await context.newPage();
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  // The demo buttons name the person in every language.
  await page.getByRole("button", { name: new RegExp(user.name) }).click();
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
  return page;
}

/** Every text node of the page (hidden ones too: a screen reader or a later state shows them) and
 * the attributes people are told (placeholder, aria-label, title, alt), plus the page's title. */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // translate="no" marks data written in another language (an email's subject as it was sent).
      if (
        node.parentElement?.closest(
          'script, style, noscript, template, next-route-announcer, [translate="no"]',
        )
      )
        continue;
      const text = node.textContent?.replace(/\s+/g, " ").trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title], [alt]"))
      for (const name of ["placeholder", "aria-label", "title", "alt"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    return out;
  });
}

const words = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).map((w) => w.toLowerCase());

function stringsOf(tree: unknown): string[] {
  if (typeof tree === "string") return [tree];
  return Object.values(tree as Record<string, unknown>).flatMap(stringsOf);
}

/** Words the demo data uses (names, companies, projects, competencies, notes): data, not UI. */
function dataWords(): Set<string> {
  const sources = ["prisma/demo-data.ts", "prisma/demo-organisations.ts", "prisma/demo-references.ts"];
  const literals = sources.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? ""),
  );
  // The competency catalog's names are data too: agents rename and add competencies.
  const competencies = [
    ...readFileSync("lib/competencies/catalog.ts", "utf8").matchAll(/name: "([^"]+)"/g),
  ].map((m) => m[1] ?? "");
  return new Set([...literals, ...competencies].flatMap(words));
}

/** Words of the English catalogue (placeholders removed) that the demo data does not also use. */
function uiWords(): Set<string> {
  const data = dataWords();
  const root = "lib/i18n/messages/portal";
  const catalogues = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(`${root}/${entry.name}/en.json`, "utf8")) as unknown);
  const english = stringsOf(catalogues).map((m) => m.replace(/\{[^{}]*\}/g, " "));
  return new Set(english.flatMap(words).filter((w) => !data.has(w)));
}

const PSEUDO_MARK = /[áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ]/;
const RAW_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_]+){1,}$/;

/**
 * What a page shows that is neither pseudo-localised nor data: English that bypassed the
 * catalogues, or a raw message key.
 */
export function untranslated(texts: string[]): string[] {
  const ui = uiWords();
  return texts.filter((full) => {
    if (RAW_KEY.test(full)) return true;
    // The product's name is English everywhere; addresses and links are data.
    const text = full
      .replaceAll("Partner Reference Center", " ")
      .replace(/[^\s@]+@[^\s@]+|https?:\/\/\S+/g, " ");
    if (PSEUDO_MARK.test(text)) return false;
    return words(text).some((w) => ui.has(w));
  });
}
