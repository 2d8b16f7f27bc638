import { Button, Heading, Text } from "@react-email/components";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

export type InvitationEmailProps = {
  url: string;
  name: string;
  partnerName: string;
  /** The role as the email names it, in the email's language (lib/users/invitation-email.ts). */
  roleLabel: string;
  invitedBy: string;
  expiresInDays: number;
  /** The language of the inviting partner's location (lib/users/invitation-email.ts); English by default. */
  locale?: Locale;
};

export const invitationSubject = (partnerName: string, locale: Locale = DEFAULT_LOCALE) =>
  portalTranslator(locale, "emails.invitation")("subject", { partner: partnerName });

/** The magic link a person receives when a Global Administrator (or the service center) invites them. */
export default function InvitationEmail(props: InvitationEmailProps) {
  const { url, name, partnerName, roleLabel, invitedBy, expiresInDays, locale = DEFAULT_LOCALE } = props;
  const t = portalTranslator(locale, "emails.invitation");
  return (
    <EmailLayout lang={locale} preview={invitationSubject(partnerName, locale)} footerNote={t("footer")}>
      <Heading as="h1" style={heading}>
        {t("heading", { partner: partnerName })}
      </Heading>
      <Text style={paragraph}>{t("greeting", { name })}</Text>
      <Text style={paragraph}>
        {t("body", { invitedBy, role: roleLabel, partner: partnerName, days: expiresInDays })}
      </Text>
      <Button href={url} style={button}>
        {t("button")}
      </Button>
      <Text style={paragraph}>{portalTranslator(locale, "emails.shared")("buttonFallback", { url })}</Text>
    </EmailLayout>
  );
}
