import "server-only";
import { headers } from "next/headers";
import { isLocale, type Locale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

/** The privacy page's language: ?lang= (links from the respond page and emails carry it), else the browser's. */
export async function privacyLocale(requested: unknown): Promise<Locale> {
  if (isLocale(requested)) return requested;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}
