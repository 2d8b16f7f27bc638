import "server-only";
import { headers } from "next/headers";
import { isLocale, type Locale, localeFromAcceptLanguage, toLocale } from "@/lib/i18n/locales";

/**
 * The page's language: the customer's own choice (?lang=), else the language the request was
 * written in, else what the browser asks for (an invalid link has no request to go by).
 */
export async function respondLocale(requested: unknown, stored: string | undefined): Promise<Locale> {
  if (isLocale(requested)) return requested;
  if (stored !== undefined) return toLocale(stored);
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}
