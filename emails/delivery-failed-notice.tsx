import { Button, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// R17: told to the request's creator and the administrators who may assign it (R6) when the
// customer's mail server refused the request email for good. Until the address is corrected the
// request waits: it is never auto-approved. In each recipient's portal language.

export type DeliveryFailedNoticeProps = {
  contactName: string;
  contactEmail: string;
  customerCompany: string;
  projectTitle: string;
  locationName: string;
  /** The mail server's own answer: quoted as it came. */
  reason: string;
  referenceUrl: string;
  preferencesUrl: string;
  locale?: Locale;
};

export function deliveryFailedNoticeSubject(
  p: { customerCompany: string; projectTitle: string },
  locale: Locale = DEFAULT_LOCALE,
) {
  return portalTranslator(locale, "emails.deliveryFailed")("subject", {
    company: p.customerCompany,
    project: p.projectTitle,
  });
}

export default function DeliveryFailedNotice(p: DeliveryFailedNoticeProps) {
  const locale = p.locale ?? DEFAULT_LOCALE;
  const t = portalTranslator(locale, "emails.deliveryFailed");
  return (
    <EmailLayout
      lang={locale}
      preview={deliveryFailedNoticeSubject(p, locale)}
      footerNote={portalTranslator(locale, "emails.shared")("referenceFooter", {
        location: p.locationName,
        url: p.preferencesUrl,
      })}
    >
      <Text style={heading}>{t("heading")}</Text>
      <Text style={paragraph}>
        {t.rich("body", {
          company: p.customerCompany,
          project: p.projectTitle,
          location: p.locationName,
          contact: p.contactName,
          email: p.contactEmail,
          strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
        })}
      </Text>
      <Text style={paragraph}>{t("serverAnswer", { reason: p.reason })}</Text>
      <Text style={paragraph}>{t("hint")}</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.referenceUrl} style={button}>
          {t("button")}
        </Button>
      </Section>
    </EmailLayout>
  );
}
