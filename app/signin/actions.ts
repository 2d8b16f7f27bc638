"use server";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { toPortalLocale } from "@/lib/i18n/portal";
import { portalLanguagesOffered, pseudoLocaleOffered } from "@/lib/i18n/rollout";
import { safeRedirectPath } from "@/lib/security/safe-redirect";
import { setLanguageCookie } from "../language-cookie";

/**
 * The sign-in page's language chooser (a plain form: it works before, and without, JavaScript):
 * remembers the language on this browser and shows the sign-in page again, in it. A value outside
 * the list changes nothing.
 */
export async function chooseSignInLanguage(formData: FormData): Promise<void> {
  const locale = toPortalLocale(formData.get("locale"), { pseudo: pseudoLocaleOffered() });
  if (locale && portalLanguagesOffered()) await setLanguageCookie(locale);
  const callbackUrl = safeRedirectPath(formData.get("callbackUrl"), { appUrl: env().appUrl, fallback: "" });
  redirect(callbackUrl ? `/signin?${new URLSearchParams({ callbackUrl })}` : "/signin");
}
