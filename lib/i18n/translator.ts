import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import de from "./messages/de.json";
import en from "./messages/en.json";
import es from "./messages/es.json";
import fr from "./messages/fr.json";
import ja from "./messages/ja.json";
import ptBR from "./messages/pt-BR.json";

// ICU messages per locale (use-intl, the core of next-intl). English is the reference: every other
// file has the same keys, which tests/unit/translations.test.ts checks.

export type Messages = typeof en;

export const MESSAGES_BY_LOCALE: Record<Locale, Messages> = { en, de, fr, es, ja, "pt-BR": ptBR };

export type Namespace = keyof Messages;

/** A translator for one namespace of one locale; usable in server components, actions and emails. */
export function translator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: MESSAGES_BY_LOCALE[locale],
    namespace,
    // A customer's page must never show a raw key: fall back to the English message instead.
    onError: () => undefined,
    getMessageFallback: ({ key, namespace: ns }) => englishFallback(`${ns ? `${ns}.` : ""}${key}`),
    timeZone: "UTC",
  });
}

function englishFallback(path: string): string {
  let node: unknown = en;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : path;
}

/** A date as the customer's locale writes it ("10. Januar 2027", "2027年1月10日"). */
export function formatLongDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
