import compileMessage from "icu-minify/compile";
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { isLocale, LOCALES, type Locale } from "./locales";
import { portalFormatters } from "./message-formatters";
import { PORTAL_EN, PORTAL_MESSAGES, type PortalMessages } from "./portal-messages";
import { pseudoCatalogue } from "./pseudo";

// The partner portal's languages: the six customers have, plus the pseudo-locale en-XA in demo mode
// (decision 090). Pages translate on the server with portalTranslator(); "use client" components
// read only their area's `client` messages through components/i18n/portal-intl-provider.tsx.

export const PSEUDO_LOCALE = "en-XA";
export type PortalLocale = Locale | typeof PSEUDO_LOCALE;
export const PORTAL_LOCALES: readonly Locale[] = LOCALES;

/** A stored or requested portal language, or null when it is not one we offer here. */
export function toPortalLocale(value: unknown, { pseudo }: { pseudo: boolean }): PortalLocale | null {
  if (isLocale(value)) return value;
  return pseudo && value === PSEUDO_LOCALE ? PSEUDO_LOCALE : null;
}

let pseudoMessages: PortalMessages | undefined;

export function portalMessages(locale: PortalLocale): PortalMessages {
  if (locale === PSEUDO_LOCALE) {
    pseudoMessages ??= pseudoCatalogue(PORTAL_EN);
    return pseudoMessages;
  }
  return PORTAL_MESSAGES[locale] ?? PORTAL_EN;
}

function englishAt(path: string): string {
  let node: unknown = PORTAL_EN;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : path;
}

/**
 * The server translators' options: never a raw key, English instead. No time zone: portal messages
 * take dates already written by lib/dates.ts (a test refuses a {date, date} argument), and without
 * one use-intl does not rebuild zone-stamped date formats on every call with values.
 */
const portalIntlOptions = {
  onError: () => undefined,
  getMessageFallback: ({ key, namespace }: { key: string; namespace?: string }) =>
    englishAt(`${namespace ? `${namespace}.` : ""}${key}`),
} as const;

export type PortalNamespace = NamespaceKeys<PortalMessages, NestedKeyOf<PortalMessages>>;

/** A translator for one namespace ("references.list") of the portal's messages; keys are type-checked. */
export function portalTranslator<const N extends PortalNamespace>(locale: PortalLocale, namespace: N) {
  const key = `${locale}\u0000${namespace}`;
  const made = translators.get(key);
  if (made) return made as ReturnType<typeof makeTranslator<N>>;
  const translator = makeTranslator(locale, namespace);
  translators.set(key, translator);
  return translator;
}

function makeTranslator<const N extends PortalNamespace>(locale: PortalLocale, namespace: N) {
  return createTranslator({
    locale,
    messages: portalMessages(locale),
    namespace,
    ...portalIntlOptions,
    _formatters: portalFormatters,
  });
}

/**
 * Translators hold no request state, only the catalogue and use-intl's cache of parsed messages and
 * Intl formatters: made once per language and namespace, a message is parsed once per process, not
 * on every render (a fresh translator per component re-parsed every message it showed).
 */
const translators = new Map<string, unknown>();

/**
 * The client messages a part of the portal needs: an area ("settings" = its whole `client` subtree)
 * or one namespace under it ("serviceCenter.client.cancelForm"). Only these travel with the page, so
 * the flight data does not grow with the catalogue. Compiled here (icu-minify), so the browser
 * formats them with a 2 KB function instead of an ICU parser (components/i18n/use-translations.ts);
 * memoised per language and selection, as the catalogues never change while the process runs.
 */
export function clientMessages(locale: PortalLocale, include: readonly string[]): Record<string, unknown> {
  const key = `${locale}\u0000${include.join("|")}`;
  let made = compiledClientMessages.get(key);
  if (!made) {
    made = compileTree(pickClientMessages(locale, include)) as Record<string, unknown>;
    compiledClientMessages.set(key, made);
  }
  return made;
}

const compiledClientMessages = new Map<string, Record<string, unknown>>();

function pickClientMessages(locale: PortalLocale, include: readonly string[]) {
  const messages = portalMessages(locale) as unknown as Record<string, Record<string, unknown>>;
  const out: Record<string, Record<string, unknown>> = {};
  for (const path of include) {
    const [area = "", client, name] = path.split(".");
    const tree = messages[area]?.client as Record<string, unknown> | undefined;
    if (!tree) continue;
    out[area] ??= { client: {} };
    const picked = out[area].client as Record<string, unknown>;
    if (client === "client" && name) picked[name] = tree[name];
    else Object.assign(picked, tree);
  }
  return out;
}

function compileTree(node: unknown): unknown {
  // icu-minify's plural and select options are null-prototype objects, which React will not pass
  // to a client component: the JSON round trip makes them plain.
  if (typeof node === "string") return JSON.parse(JSON.stringify(compileMessage(node)));
  return Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([k, v]) => [k, compileTree(v)]),
  );
}

/** What getPortalT / portalTranslator give for a namespace, for helpers that take one. */
export type PortalT<N extends PortalNamespace> = ReturnType<typeof portalTranslator<N>>;
