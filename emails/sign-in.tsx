import { Body, Button, Container, Head, Heading, Hr, Html, Preview, Text } from "@react-email/components";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";

export type SignInEmailProps = { url: string; name: string; expiresInHours: number; locale?: Locale };

/** The subject (and preview) of the sign-in email, in the recipient's language. */
export function signInSubject(locale: Locale = DEFAULT_LOCALE) {
  return portalTranslator(locale, "emails.signIn")("subject");
}

/** The magic-link email a provisioned user receives when signing in. */
export default function SignInEmail({
  url,
  name,
  expiresInHours,
  locale = DEFAULT_LOCALE,
}: SignInEmailProps) {
  const t = portalTranslator(locale, "emails.signIn");
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{t("subject")}</Preview>
      <Body
        style={{ backgroundColor: "#f8fafc", fontFamily: "Arial, Helvetica, sans-serif", color: "#0f172a" }}
      >
        <Container
          style={{ backgroundColor: "#ffffff", padding: "32px", maxWidth: "520px", borderRadius: "8px" }}
        >
          <Heading as="h1" style={{ fontSize: "22px", margin: "0 0 16px" }}>
            {t("heading")}
          </Heading>
          <Text>{t("greeting", { name })}</Text>
          <Text>{t("body", { hours: expiresInHours })}</Text>
          <Button
            href={url}
            style={{
              backgroundColor: "#0b5cad",
              color: "#ffffff",
              padding: "12px 20px",
              borderRadius: "6px",
              fontWeight: 600,
              textDecoration: "none",
            }}
          >
            {t("button")}
          </Button>
          <Text style={{ fontSize: "13px", color: "#475569" }}>
            {portalTranslator(locale, "emails.shared")("buttonFallback", { url })}
          </Text>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#64748b" }}>{t("footer")}</Text>
        </Container>
      </Body>
    </Html>
  );
}
