import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES_BY_LOCALE } from "@/lib/i18n/translator";

// Every shipped language says everything English says, in messages that parse, with the same
// placeholders and tags: a missing key or a mistyped {partner} would reach a customer as a raw key.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

type Element = ReturnType<IntlMessageFormat["getAst"]>[number];
const LITERAL = 0;
const POUND = 7;

/** The placeholders, select/plural arguments and rich-text tags a parsed message uses. */
function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === LITERAL || e.type === POUND) continue;
    if ("children" in e) {
      into.add(`<${e.value}>`);
      argumentsOf(e.children, into);
      continue;
    }
    into.add(e.value);
    if ("options" in e) for (const option of Object.values(e.options)) argumentsOf(option.value, into);
  }
  return into;
}

const GRAMMAR_HELPERS = new Set(["companyEndsWithPeriod"]);

const parse = (message: string, locale: string) => new IntlMessageFormat(message, locale).getAst();

const english = flatten(MESSAGES_BY_LOCALE.en as unknown as Tree);

describe("customer-facing translations", () => {
  it("English has messages to check", () => {
    expect(english.size).toBeGreaterThan(20);
  });

  for (const locale of LOCALES) {
    const messages = flatten(MESSAGES_BY_LOCALE[locale] as unknown as Tree);

    it(`${locale}: has every key English has, and no other`, () => {
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${locale}: every message is valid ICU with English's placeholders and tags`, () => {
      for (const [key, message] of messages) {
        expect(() => parse(message, locale), `${locale} ${key}`).not.toThrow();
        const englishArgs = argumentsOf(parse(english.get(key) ?? "", "en"));
        const used = argumentsOf(parse(message, locale));
        // Nothing English does not pass in; everything it says, except grammar helpers that only
        // some sentence orders need (a select such as {companyEndsWithPeriod, select, …}).
        expect(
          [...used].filter((a) => !englishArgs.has(a)),
          `${locale} ${key}`,
        ).toEqual([]);
        const required = [...englishArgs].filter((a) => !GRAMMAR_HELPERS.has(a));
        expect(
          required.filter((a) => !used.has(a)),
          `${locale} ${key}`,
        ).toEqual([]);
      }
    });

    it(`${locale}: no message is left empty or in English by mistake`, () => {
      for (const [key, message] of messages) {
        expect(message.trim(), `${locale} ${key}`).not.toBe("");
        if (locale !== "en" && !key.startsWith("statuses.") && message.length > 12) {
          expect(message, `${locale} ${key} is still the English text`).not.toBe(english.get(key));
        }
      }
    });
  }
});
