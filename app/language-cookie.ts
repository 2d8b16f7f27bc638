import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import type { PortalLocale } from "@/lib/i18n/portal";
import { LANGUAGE_COOKIE } from "@/lib/i18n/request-locale";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Remembers a chosen portal language on this browser (the profile's setting, the sign-in page's
 * chooser), so signed-out pages — sign-in, invitations — speak it too. Only the server reads it.
 */
export async function setLanguageCookie(locale: PortalLocale): Promise<void> {
  (await cookies()).set(LANGUAGE_COOKIE, locale, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().isProduction,
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
}
