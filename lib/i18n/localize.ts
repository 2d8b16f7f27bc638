import type { PortalLocale } from "./portal";

/**
 * A sentence produced in lib/ (a rule's refusal, a reason an action is not offered), in the portal
 * language. lib/ speaks the rules' exact English (rules.md; the API answers with it); pages and
 * actions translate at the boundary. English passes through unchanged.
 */
export function localizeLibText(locale: PortalLocale, text: string): string {
  if (locale === "en") return text;
  return text; // filled in by the rules area (issue 21): catalogue look-up by the English wording
}
