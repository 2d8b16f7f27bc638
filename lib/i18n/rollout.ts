import { env } from "../env";

/**
 * Issue 21 landed area by area behind this switch (decision 090): while an area was still English,
 * the other languages were offered in demo mode only, never as a half-translated portal to real
 * users. Every area is translated now, and tests/unit/no-english.test.ts and the pseudo-locale tour
 * keep it so: the languages are live. Setting it back to false is the way to withdraw them at once.
 */
export const PORTAL_LANGUAGES_LIVE = true;

/** Whether anything but English may be shown or sent to partner users and agents now. */
export function portalLanguagesOffered(): boolean {
  return PORTAL_LANGUAGES_LIVE || env().demoMode;
}

/** The pseudo-locale en-XA is never offered where real people are: demo mode only. */
export function pseudoLocaleOffered(): boolean {
  return env().demoMode;
}
