import { IntlMessageFormat } from "intl-messageformat";
import type { createTranslator } from "use-intl/core";

type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;

/**
 * use-intl's formatters for the portal's server translators, shared by every language and namespace.
 * use-intl memoises a compiled message and each Intl formatter under JSON.stringify of all its
 * arguments — for a message, the whole set of default date and time formats — on every call that
 * has values: that serialisation was most of the portal's translation cost per page view (decision
 * 090). Here a compiled message is keyed by language and message text, a formatter by language and
 * its (small) options. Sound because the portal's translators pass no formats and no time zone
 * (lib/i18n/portal.ts), so language and text decide the compiled message.
 * Bounded: the keys are catalogue texts and the few option sets the messages use, never values.
 */
function keyed<A extends unknown[], R>(make: (...args: A) => R, key: (...args: A) => string) {
  const made = new Map<string, R>();
  return (...args: A): R => {
    const k = key(...args);
    let value = made.get(k);
    if (value === undefined) {
      value = make(...args);
      made.set(k, value);
    }
    return value;
  };
}

type Locales = string | readonly string[] | undefined;
const localeKey = (locales: Locales) => (Array.isArray(locales) ? locales.join(",") : String(locales));
const optionsKey = (locales: Locales, options?: object) =>
  `${localeKey(locales)}\u0000${options ? JSON.stringify(options) : ""}`;

export const portalFormatters: Formatters = {
  getDateTimeFormat: keyed((l, o) => new Intl.DateTimeFormat(l, o), optionsKey),
  getNumberFormat: keyed((l, o) => new Intl.NumberFormat(l, o), optionsKey),
  getPluralRules: keyed((l, o) => new Intl.PluralRules(l, o), optionsKey),
  getRelativeTimeFormat: keyed((l, o) => new Intl.RelativeTimeFormat(l, o), optionsKey),
  getListFormat: keyed((l, o) => new Intl.ListFormat(l, o), optionsKey),
  getDisplayNames: keyed(
    (l: Locales, o: Intl.DisplayNamesOptions) => new Intl.DisplayNames(l, o),
    optionsKey,
  ),
  getMessageFormat: keyed(
    (message, locales, formats, options) => new IntlMessageFormat(message, locales, formats, options),
    (message, locales) =>
      `${localeKey(locales)}\u0000${typeof message === "string" ? message : JSON.stringify(message)}`,
  ),
};
