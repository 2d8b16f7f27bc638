import "server-only";
import { createHash, createHmac } from "node:crypto";
import { getDb } from "../db/client";
import { env } from "../env";
import type { Locale } from "../i18n/locales";
import { MESSAGES_BY_LOCALE, translator } from "../i18n/translator";

// R20: what the customer's page says approving means — what is shared, with whom, for how long and
// how to withdraw — in the page's language. The words live in the message files; their version is
// a hash of those words (the templates, before the partner's name fills them), so a decision record
// names exactly which text was on the page.

const CONSENT_KEYS = [
  "consentHeading",
  "consentShares",
  "consentPeriodMonths",
  "consentPeriodWhileCounts",
  "consentWithdraw",
] as const;

export type Consent = { heading: string; paragraphs: string[]; version: string };

/** The version id of a language's consent text: the first 16 hex digits of SHA-256 over its words. */
export function consentVersion(locale: Locale): string {
  const respond = MESSAGES_BY_LOCALE[locale].respond as Record<string, string>;
  const words = CONSENT_KEYS.map((key) => respond[key] ?? "").join("\n");
  return createHash("sha256").update(`${locale}\n${words}`).digest("hex").slice(0, 16);
}

/**
 * How long an approval counts (R19): the counting period when every competency the project could
 * count toward has the same one; otherwise it depends on the competency, and the text says so.
 */
async function countingMonths(projectType: string): Promise<number | null> {
  const db = await getDb();
  const periods = await db.competency.findMany({
    where: { retiredAt: null, projectTypes: { some: { projectType } } },
    select: { countingMonths: true },
    distinct: ["countingMonths"],
    take: 2,
  });
  return periods.length === 1 ? periods[0]!.countingMonths : null;
}

export async function consentFor(
  locale: Locale,
  reference: { partnerName: string; projectType: string },
): Promise<Consent> {
  const t = translator(locale, "respond");
  const months = await countingMonths(reference.projectType);
  const partner = reference.partnerName;
  return {
    heading: t("consentHeading"),
    paragraphs: [
      t("consentShares", { partner }),
      months === null ? t("consentPeriodWhileCounts", { partner }) : t("consentPeriodMonths", { months }),
      t("consentWithdraw"),
    ],
    version: consentVersion(locale),
  };
}

/** A keyed hash of what the customer's request carried (address, user agent): comparable, not readable. */
export function evidenceHash(kind: "address" | "user-agent", value: string): string {
  return createHmac("sha256", env().contactHashKey).update(`${kind}\n${value}`).digest("hex");
}
