import compileMessage from "icu-minify/compile";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { formatClientMessage } from "@/lib/i18n/client-format";
import { LOCALES } from "@/lib/i18n/locales";
import { PSEUDO_LOCALE, portalMessages } from "@/lib/i18n/portal";
import { PORTAL_AREAS } from "@/lib/i18n/portal-messages";

// Client messages are compiled on the server and formatted in the browser by icu-minify instead of
// intl-messageformat (decision 090): every client message, in every language, must read exactly as
// the full ICU implementation writes it, for every branch of its plurals and selects.

type Tree = { [key: string]: string | Tree };
type Element = ReturnType<IntlMessageFormat["getAst"]>[number];

function clientMessagesOf(locale: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (node: Tree, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string") out.push([`${path}.${key}`, value]);
      else walk(value, `${path}.${key}`);
    }
  };
  const messages = portalMessages(locale as never) as unknown as Record<string, { client?: Tree }>;
  for (const area of PORTAL_AREAS) if (messages[area]?.client) walk(messages[area].client!, `${area}.client`);
  return out;
}

type Choice = string | number | ((chunks: unknown[]) => string);

/** Each argument's possible values: every select option, plural numbers, a tag, or a text. */
function choices(elements: Element[], into = new Map<string, Choice[]>()): Map<string, Choice[]> {
  for (const e of elements) {
    if (!("value" in e) || typeof e.value !== "string" || e.type === 0) continue;
    if ("children" in e) {
      const tag = e.value;
      into.set(tag, [(chunks) => `<${tag}>${chunks.join("")}</${tag}>`]);
      choices(e.children, into);
    } else if ("options" in e && e.type === 5) {
      into.set(e.value, Object.keys(e.options));
      for (const o of Object.values(e.options)) choices(o.value, into);
    } else if ("options" in e) {
      into.set(e.value, [0, 1, 2, 5, 21, 1234]);
      for (const o of Object.values(e.options)) choices(o.value, into);
    } else if (!into.has(e.value)) {
      into.set(e.value, e.type === 2 ? [3, 1234.5] : ["Contoso Ltd."]);
    }
  }
  return into;
}

const asText = (result: unknown) => (Array.isArray(result) ? result.join("") : String(result));

describe("client messages formatted by icu-minify", () => {
  for (const locale of [...LOCALES, PSEUDO_LOCALE]) {
    it(`${locale}: every client message reads as intl-messageformat writes it, branch by branch`, () => {
      const messages = clientMessagesOf(locale);
      expect(messages.length).toBeGreaterThan(100);
      const intlLocale = locale === PSEUDO_LOCALE ? "en" : locale;
      for (const [key, message] of messages) {
        const reference = new IntlMessageFormat(message, intlLocale);
        const options = choices(reference.getAst());
        const rounds = Math.max(1, ...[...options.values()].map((c) => c.length));
        for (let round = 0; round < rounds; round++) {
          const values = Object.fromEntries([...options].map(([name, c]) => [name, c[round % c.length]!]));
          expect(
            asText(formatClientMessage(compileMessage(message), intlLocale, values as never)),
            `${locale} ${key} ${JSON.stringify(values)}`,
          ).toBe(asText(reference.format(values as never)));
        }
      }
    });
  }
});
