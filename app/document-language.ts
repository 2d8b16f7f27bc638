import "server-only";
import { headers } from "next/headers";
import { getPortalLocale } from "@/lib/i18n/request-locale";
import { REQUEST_URL_HEADER } from "@/lib/security/headers";
import { privacyLocale } from "./privacy/locale";
import { respondPageLocale } from "./respond/[token]/locale";
import { withdrawPageLocale } from "./withdraw/[token]/locale";

/**
 * `<html lang>` for this request. The root layout renders before (and apart from) the page, and
 * sees neither its params nor its query, so proxy.ts passes the path and query on; pages that
 * speak the customer's language say which here (respond, withdraw, privacy); the rest is the portal.
 */
export async function documentLanguage(): Promise<string> {
  const url = new URL((await headers()).get(REQUEST_URL_HEADER) ?? "/", "http://document.invalid");
  const respond = /^\/respond\/([^/]+)\/?$/.exec(url.pathname);
  if (respond?.[1]) return respondPageLocale(respond[1], url.searchParams.get("lang"));
  const withdraw = /^\/withdraw\/([^/]+)\/?$/.exec(url.pathname);
  if (withdraw?.[1]) return withdrawPageLocale(withdraw[1], url.searchParams.get("lang"));
  if (/^\/privacy\/?$/.test(url.pathname)) return privacyLocale(url.searchParams.get("lang"));
  // Everything else is the portal (and its signed-out pages): the person's language.
  return getPortalLocale();
}
