import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { isLocale, type Locale, localeFromAcceptLanguage, toLocale } from "@/lib/i18n/locales";
import { viewByToken } from "@/lib/references/respond";

/**
 * The page's language: the customer's own choice (?lang=), else the language the request was
 * written in, else what the browser asks for (an invalid link has no request to go by).
 */
export async function respondLocale(requested: unknown, stored: string | undefined): Promise<Locale> {
  if (isLocale(requested)) return requested;
  if (stored !== undefined) return toLocale(stored);
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/**
 * What the link shows, read once per request: the root layout (the document's language), the
 * page's title and the page itself all ask. Opening may apply R4 (decision 031), once.
 */
export const respondView = cache((token: string) => viewByToken({ token, now: new Date() }));

/** The language of the respond page for this token and ?lang=, as the page itself decides it. */
export async function respondPageLocale(token: string, requested: unknown): Promise<Locale> {
  const view = await respondView(token);
  return respondLocale(requested, view.ok ? view.data.language : undefined);
}
