import { Button, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Issue 19: told to a partner's Global Administrators when the system disabled one of their
// webhook endpoints (it answered 410 Gone, or every try failed for three days). Until someone
// enables it again, no events are sent to it. In each recipient's portal language.

export type WebhookDisabledProps = {
  url: string;
  partnerName: string;
  /** Why, already in the email's language (lib/webhooks/disable.ts). */
  reason: string;
  settingsUrl: string;
  locale?: Locale;
};

export function webhookDisabledSubject(p: { url: string }, locale: Locale = DEFAULT_LOCALE) {
  return portalTranslator(locale, "emails.webhookDisabled")("subject", { url: p.url });
}

export default function WebhookDisabled(p: WebhookDisabledProps) {
  const locale = p.locale ?? DEFAULT_LOCALE;
  const t = portalTranslator(locale, "emails.webhookDisabled");
  return (
    <EmailLayout
      lang={locale}
      preview={webhookDisabledSubject(p, locale)}
      footerNote={t("footer", { partner: p.partnerName })}
    >
      <Text style={heading}>{t("heading")}</Text>
      <Text style={paragraph}>
        {t.rich("body", {
          url: p.url,
          reason: p.reason,
          strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
        })}
      </Text>
      <Text style={paragraph}>{t("whileDisabled")}</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.settingsUrl} style={button}>
          {t("button")}
        </Button>
      </Section>
    </EmailLayout>
  );
}
