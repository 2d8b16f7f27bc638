import "server-only";
import { env } from "../env";
import type { Locale } from "../i18n/locales";

/** The privacy page in the customer's language, for the footer of every email to a customer. */
export function privacyLink(locale: Locale): string {
  return `${env().appUrl}/privacy?lang=${locale}`;
}
