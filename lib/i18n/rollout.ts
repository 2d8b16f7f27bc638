import { env } from "../env";

/**
 * Issue 21 lands area by area: until every portal page, message and email is translated, the other
 * languages are offered in demo mode only (where the e2e and the pseudo-locale run), never as a
 * half-translated portal to real users. Flip when the "no English outside catalogues" check covers
 * every area. Decision 090.
 */
export const PORTAL_LANGUAGES_LIVE = false;

/** Whether anything but English may be shown or sent to partner users and agents now. */
export function portalLanguagesOffered(): boolean {
  return PORTAL_LANGUAGES_LIVE || env().demoMode;
}

/** The pseudo-locale en-XA is never offered where real people are: demo mode only. */
export function pseudoLocaleOffered(): boolean {
  return env().demoMode;
}
