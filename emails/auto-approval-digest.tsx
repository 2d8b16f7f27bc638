import { Button, Section, Text } from "@react-email/components";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// One email per person per scheduled run, however many requests the run auto-approved (R4), in
// that person's portal language.

export type DigestItem = { customerCompany: string; projectTitle: string; url: string };

export type AutoApprovalDigestProps = {
  total: number;
  items: DigestItem[];
  listUrl: string;
  preferencesUrl: string;
  locale?: Locale;
};

export function autoApprovalDigestSubject(total: number, locale: Locale = DEFAULT_LOCALE) {
  return portalTranslator(locale, "emails.digest")("subject", { total });
}

export default function AutoApprovalDigest({
  total,
  items,
  listUrl,
  preferencesUrl,
  locale = DEFAULT_LOCALE,
}: AutoApprovalDigestProps) {
  const t = portalTranslator(locale, "emails.digest");
  const more = total - items.length;
  return (
    <EmailLayout
      lang={locale}
      preview={autoApprovalDigestSubject(total, locale)}
      footerNote={t("footer", { url: preferencesUrl })}
    >
      <Text style={heading}>{t("heading")}</Text>
      <Text style={paragraph}>{t("body")}</Text>
      <ul>
        {items.map((item) => (
          <li key={item.url} style={paragraph}>
            <a href={item.url}>{item.projectTitle}</a> — {item.customerCompany}
          </li>
        ))}
      </ul>
      {more > 0 && <Text style={paragraph}>{t("more", { more })}</Text>}
      <Section style={{ margin: "24px 0" }}>
        <Button href={listUrl} style={button}>
          {t("button")}
        </Button>
      </Section>
    </EmailLayout>
  );
}
