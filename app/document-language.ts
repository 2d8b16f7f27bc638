import "server-only";
import { headers } from "next/headers";
import { REQUEST_URL_HEADER } from "@/lib/security/headers";
import { respondPageLocale } from "./respond/[token]/locale";

/**
 * `<html lang>` for this request. The root layout renders before (and apart from) the page, and
 * sees neither its params nor its query, so proxy.ts passes the path and query on; pages that
 * speak another language than English say which here (today the customer's respond page).
 */
export async function documentLanguage(): Promise<string> {
  const url = new URL((await headers()).get(REQUEST_URL_HEADER) ?? "/", "http://document.invalid");
  const respond = /^\/respond\/([^/]+)\/?$/.exec(url.pathname);
  if (respond?.[1]) return respondPageLocale(respond[1], url.searchParams.get("lang"));
  return "en";
}
