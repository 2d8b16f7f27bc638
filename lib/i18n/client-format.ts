import formatCompiled, { type CompiledMessage } from "icu-minify/format";
import { cloneElement, isValidElement, type ReactNode } from "react";

// Formats the portal's client messages in the browser (and in their server render): compiled on the
// server by clientMessages() (lib/i18n/portal.ts), so no ICU parser ships with the page — icu-minify's
// formatter is ≈ 2 KB where use-intl's runtime with intl-messageformat was ≈ 42 KB (decision 090).

type Values = Record<string, string | number | ((chunks: ReactNode[]) => ReactNode)>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function memo<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

const localeKey = (locales?: string | readonly string[]) => String(locales);

const formatters = {
  getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) =>
    memo(
      numberFormats,
      `${localeKey(locales)}${JSON.stringify(options ?? {})}`,
      () => new Intl.NumberFormat(locales, options),
    ),
  getPluralRules: (locales?: string | string[], options?: Intl.PluralRulesOptions) =>
    memo(
      pluralRules,
      `${localeKey(locales)}${options?.type ?? "cardinal"}`,
      () => new Intl.PluralRules(locales, options),
    ),
  getDateTimeFormat: (locales?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    memo(
      dateFormats,
      `${localeKey(locales)}${JSON.stringify(options ?? {})}`,
      () => new Intl.DateTimeFormat(locales, options),
    ),
};

/** Rich-text tags give React elements; each gets a key, as React wants for siblings in an array. */
function keyedTags(values: Values): Values {
  const out: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value !== "function") {
      out[name] = value;
      continue;
    }
    let index = 0;
    out[name] = (chunks) => {
      const element = value(chunks);
      return isValidElement(element) ? cloneElement(element, { key: `${name}${index++}` }) : element;
    };
  }
  return out;
}

/** One compiled message with its values: a string, or for rich text the nodes to render. */
export function formatClientMessage(
  message: CompiledMessage,
  locale: string,
  values: Values | undefined,
): ReactNode {
  const result = formatCompiled<ReactNode>(message, locale, values ? keyedTags(values) : undefined, {
    formatters,
    timeZone: "UTC",
  });
  return result as ReactNode;
}
