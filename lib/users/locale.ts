import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Actor } from "../auth/actor";
import { getDb } from "../db/client";
import { LOCALE_NAMES, LOCALES } from "../i18n/locales";
import { type PortalLocale, PSEUDO_LOCALE, toPortalLocale } from "../i18n/portal";
import { pseudoLocaleOffered } from "../i18n/rollout";
import { TX_OPTIONS } from "../references/tx";
import { ok, type Result, refuse } from "../result";

// Each person's portal language (User.locale), chosen on /profile. Null until they choose: then
// the language cookie, the browser's, else English (lib/i18n/request-locale.ts).

export const LOCALE_REFUSAL = "Choose a language from the list.";

/** The pseudo-locale's name in the list: it has no language of its own to be named in. */
const PSEUDO_NAME = "Pseudo (en-XA)";

const localeSchema = z.object({
  locale: z.enum([...LOCALES, PSEUDO_LOCALE], { error: LOCALE_REFUSAL }),
});

/** The languages a person may choose now, each named in itself; en-XA in demo mode only. */
export function languageChoices(): { locale: PortalLocale; name: string }[] {
  const choices: { locale: PortalLocale; name: string }[] = LOCALES.map((locale) => ({
    locale,
    name: LOCALE_NAMES[locale],
  }));
  if (pseudoLocaleOffered()) choices.push({ locale: PSEUDO_LOCALE, name: PSEUDO_NAME });
  return choices;
}

/** Saves the signed-in person's own portal language; nobody changes anyone else's. Audited. */
export async function setUserLocale(options: {
  actor: Actor;
  input: unknown;
  now: Date;
}): Promise<Result<{ locale: PortalLocale }>> {
  const { actor, now } = options;
  // An API key acts for its partner, not as a person: it has no language of its own to set.
  if (actor.kind === "partner-user" && actor.apiKeyId)
    return refuse("FORBIDDEN", "Only a signed-in person can choose their own language.");
  const parsed = localeSchema.safeParse(options.input);
  const locale = parsed.success
    ? toPortalLocale(parsed.data.locale, { pseudo: pseudoLocaleOffered() })
    : null;
  if (!locale) return refuse("INVALID_INPUT", LOCALE_REFUSAL, { locale: [LOCALE_REFUSAL] });
  const db = await getDb();
  const userId = actor.userId;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await recordAudit(tx, {
      partnerId: actor.kind === "partner-user" ? actor.partnerId : null,
      kind: "USER",
      action: "user.locale_changed",
      subjectId: userId,
      subjectLabel: `${actor.name} <${actor.email}>`,
      actor,
      at: now,
      before: { locale: before.locale },
      after: { locale },
    });
  }, TX_OPTIONS);
  return ok({ locale });
}
