import { readFileSync } from "node:fs";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { PSEUDO_LOCALE, portalMessages } from "@/lib/i18n/portal";
import { PORTAL_AREAS, PORTAL_MESSAGES } from "@/lib/i18n/portal-messages";
import { pseudoMessage } from "@/lib/i18n/pseudo";
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

/** The same checks for one catalogue family (customers' messages, the portal's). */
function checkCatalogues(
  name: string,
  byLocale: Record<string, unknown>,
  { sameAsEnglishAllowed }: { sameAsEnglishAllowed: (key: string) => boolean },
) {
  const english = flatten(byLocale.en as Tree);
  describe(name, () => {
    it("English has messages to check", () => {
      expect(english.size).toBeGreaterThan(20);
    });

    for (const locale of LOCALES) {
      const messages = flatten(byLocale[locale] as Tree);

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
          if (locale !== "en" && !sameAsEnglishAllowed(key) && message.length > 12) {
            expect(message, `${locale} ${key} is still the English text`).not.toBe(english.get(key));
          }
        }
      });
    }
  });
}

checkCatalogues("customer-facing translations", MESSAGES_BY_LOCALE, {
  sameAsEnglishAllowed: (key) => key.startsWith("statuses."),
});

// Messages that are rightly the same in English and another language (the product's name, a
// program term kept in English), listed by each area beside its catalogues.
const PORTAL_SAME_IN_EVERY_LANGUAGE = new Set(
  PORTAL_AREAS.flatMap(
    (area) =>
      JSON.parse(readFileSync(`lib/i18n/messages/portal/${area}/same-as-english.json`, "utf8")) as string[],
  ),
);

checkCatalogues("portal translations", PORTAL_MESSAGES, {
  sameAsEnglishAllowed: (key) => PORTAL_SAME_IN_EVERY_LANGUAGE.has(key),
});

const DATE = 3; // intl-messageformat's TYPE.date and TYPE.time
const TIME = 4;

function dateArguments(elements: Element[]): string[] {
  return elements.flatMap((e): string[] => {
    if (e.type === DATE || e.type === TIME) return [(e as { value: string }).value];
    if ("children" in e) return dateArguments(e.children);
    if ("options" in e) return Object.values(e.options).flatMap((o) => dateArguments(o.value));
    return [];
  });
}

describe("portal messages and time zones", () => {
  // The server's translators run without a time zone (lib/i18n/portal.ts): dates reach a message
  // already written by lib/dates.ts in UTC, never as a {date, date} argument the server would format
  // in its own zone.
  for (const locale of LOCALES) {
    it(`${locale}: no portal message formats a date or time itself`, () => {
      const found = [...flatten(PORTAL_MESSAGES[locale] as Tree)].filter(
        ([, message]) => dateArguments(parse(message, locale)).length > 0,
      );
      expect(found.map(([key]) => key)).toEqual([]);
    });
  }
});

describe("the pseudo-locale en-XA", () => {
  it("accents every literal letter, brackets each message, and keeps placeholders and tags", () => {
    const message = "Hello {name}, <strong>{count, plural, one {# reference} other {# references}}</strong>";
    const pseudo = pseudoMessage(message);
    expect(
      pseudo.startsWith(
        "[Ĥéļļó {name}, <strong>{count, plural, one {# ŕéƒéŕéñçé} other {# ŕéƒéŕéñçéš}}</strong>",
      ),
    ).toBe(true);
    expect(argumentsOf(parse(pseudo, "en"))).toEqual(argumentsOf(parse(message, "en")));
  });

  it("has every portal message", () => {
    const pseudo = flatten(portalMessages(PSEUDO_LOCALE) as unknown as Tree);
    expect([...pseudo.keys()].sort()).toEqual(
      [...flatten(PORTAL_MESSAGES.en as unknown as Tree).keys()].sort(),
    );
    for (const [key, message] of pseudo) expect(message, key).toMatch(/^\[.*\]$/s);
  });
});
