// The languages a customer can be written to. Partner-facing pages are English for now; their
// strings can move into these message files the same way when another language is needed.

export const LOCALES = ["en", "de", "fr", "es", "ja", "pt-BR"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a switcher should show it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  ja: "日本語",
  "pt-BR": "Português (Brasil)",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or requested language, or English when it is missing or not one we ship. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

const SPANISH_SPEAKING = [
  "Spain",
  "Mexico",
  "Argentina",
  "Bolivia",
  "Chile",
  "Colombia",
  "Costa Rica",
  "Cuba",
  "Dominican Republic",
  "Ecuador",
  "El Salvador",
  "Guatemala",
  "Honduras",
  "Nicaragua",
  "Panama",
  "Paraguay",
  "Peru",
  "Uruguay",
  "Venezuela",
];

const BY_COUNTRY: Record<string, Locale> = {
  germany: "de",
  austria: "de",
  liechtenstein: "de",
  france: "fr",
  monaco: "fr",
  japan: "ja",
  brazil: "pt-BR",
  ...Object.fromEntries(SPANISH_SPEAKING.map((c) => [c.toLowerCase(), "es" as const])),
};

const BY_ISO_CODE: Record<string, Locale> = {
  de: "de",
  at: "de",
  li: "de",
  fr: "fr",
  mc: "fr",
  jp: "ja",
  br: "pt-BR",
  es: "es",
  mx: "es",
  ar: "es",
  bo: "es",
  cl: "es",
  co: "es",
  cr: "es",
  cu: "es",
  do: "es",
  ec: "es",
  sv: "es",
  gt: "es",
  hn: "es",
  ni: "es",
  pa: "es",
  py: "es",
  pe: "es",
  uy: "es",
  ve: "es",
};

/**
 * The language a request defaults to from its location's country (a name such as "Germany" or an
 * ISO code such as "DE"); the person creating the request can always choose another.
 */
export function localeForCountry(country: string | null | undefined): Locale {
  const key = (country ?? "").trim().toLowerCase();
  return BY_COUNTRY[key] ?? BY_ISO_CODE[key] ?? DEFAULT_LOCALE;
}

/** The best shipped language for an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8" → "de"). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const wanted = (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.split("=")[1] ?? 1);
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter((w) => w.tag && w.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const base = tag.split("-")[0];
    const byLanguage = LOCALES.find((l) => l.split("-")[0] === base);
    if (byLanguage) return byLanguage;
  }
  return DEFAULT_LOCALE;
}
