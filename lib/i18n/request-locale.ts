import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getActor } from "../auth/session";
import { localeFromAcceptLanguage } from "./locales";
import { type PortalLocale, type PortalNamespace, portalTranslator, toPortalLocale } from "./portal";
import { portalLanguagesOffered, pseudoLocaleOffered } from "./rollout";

/** Signed-out pages (sign-in, invitation) remember a choice here; the language is never in the URL. */
export const LANGUAGE_COOKIE = "prc_lang";

/**
 * The language of this request's portal page: the person's own setting, else the cookie, else the
 * browser's Accept-Language, else English. Memoised per request; the actor is loaded anyway.
 */
export const getPortalLocale = cache(async (): Promise<PortalLocale> => {
  if (!portalLanguagesOffered()) return "en";
  const pseudo = pseudoLocaleOffered();
  const actor = await getActor().catch(() => null);
  const own = toPortalLocale(actor?.locale, { pseudo });
  if (own) return own;
  const cookie = toPortalLocale((await cookies()).get(LANGUAGE_COOKIE)?.value, { pseudo });
  if (cookie) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/** The translator for this request's language: `const t = await getPortalT("references.list")`. */
export async function getPortalT<const N extends PortalNamespace>(namespace: N) {
  return portalTranslator(await getPortalLocale(), namespace);
}
