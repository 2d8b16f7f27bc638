import { Button, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { formatDay } from "../lib/dates";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// R19: one email per person per scheduled run, listing every level of their partner that will
// lapse within 90, 30 or 7 days if nothing new is approved (the auto-approval digest's style), in
// that person's portal language.

export type RenewalItem = {
  competencyName: string;
  level: "silver" | "gold";
  lapsesOn: Date;
  neededBy: number;
  daysLeft: number;
};

export type RenewalReminderProps = {
  partnerName: string;
  items: RenewalItem[];
  competenciesUrl: string;
  preferencesUrl: string;
  locale?: Locale;
};

export function renewalReminderSubject(items: RenewalItem[], locale: Locale = DEFAULT_LOCALE) {
  const t = portalTranslator(locale, "emails.renewal");
  const first = items[0]!;
  return items.length === 1
    ? t("subjectOne", {
        competency: first.competencyName,
        level: t(`levels.${first.level}`),
        date: formatDay(first.lapsesOn, locale),
      })
    : t("subjectMany", { count: items.length });
}

export default function RenewalReminder({
  partnerName,
  items,
  competenciesUrl,
  preferencesUrl,
  locale = DEFAULT_LOCALE,
}: RenewalReminderProps) {
  const t = portalTranslator(locale, "emails.renewal");
  return (
    <EmailLayout
      lang={locale}
      preview={renewalReminderSubject(items, locale)}
      footerNote={t("footer", { partner: partnerName, url: preferencesUrl })}
    >
      <Text style={heading}>{t("heading")}</Text>
      <Text style={paragraph}>{t("intro", { partner: partnerName })}</Text>
      <ul>
        {items.map((item) => (
          <li key={`${item.competencyName}-${item.level}`} style={paragraph}>
            {t.rich("item", {
              competency: item.competencyName,
              level: t(`levels.${item.level}`),
              date: formatDay(item.lapsesOn, locale),
              days: item.daysLeft,
              needed: item.neededBy,
              strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
      <Section style={{ margin: "24px 0" }}>
        <Button href={competenciesUrl} style={button}>
          {t("button")}
        </Button>
      </Section>
    </EmailLayout>
  );
}
