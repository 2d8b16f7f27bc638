import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { portalLanguagesOffered } from "../i18n/rollout";

// The language of an email to a partner user or an agent (issue 21): the portal language they chose
// (User.locale) when it is one we ship and other languages are offered now (lib/i18n/rollout.ts),
// English otherwise. Customers' emails follow the contact's language instead (lib/email/render.ts).

export function recipientLocale(stored: string | null | undefined): Locale {
  return portalLanguagesOffered() && isLocale(stored) ? stored : DEFAULT_LOCALE;
}
