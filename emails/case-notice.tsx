import { Button, Section, Text } from "@react-email/components";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Service cases (R12): the service center hears of a new one; the person who opened it hears how
// it ended, with the agent's note. In the recipient's portal language.

export type CaseType = "CANCELLATION" | "ASSIGNMENT_HELP";

export type CaseNoticeProps = {
  kind: "opened" | "resolved" | "declined";
  caseType: CaseType;
  partnerName: string;
  projectTitle: string | null;
  openedBy: string;
  note: string | null;
  url: string;
  locale?: Locale;
};

/** "Cancellation request", "Help with assigning", in the email's language. */
export function caseTypeLabel(type: CaseType, locale: Locale = DEFAULT_LOCALE) {
  return portalTranslator(locale, "emails.caseNotice.caseTypes")(type);
}

export function caseNoticeSubject(
  p: Pick<CaseNoticeProps, "kind" | "caseType" | "partnerName">,
  locale: Locale = DEFAULT_LOCALE,
) {
  const t = portalTranslator(locale, "emails.caseNotice");
  const caseLabel = caseTypeLabel(p.caseType, locale);
  if (p.kind === "opened") return t("subjectOpened", { partner: p.partnerName, caseLabel });
  return t(p.kind === "resolved" ? "subjectResolved" : "subjectDeclined", { caseLabel });
}

function summary(p: CaseNoticeProps, locale: Locale) {
  const t = portalTranslator(locale, "emails.caseNotice");
  if (p.kind === "opened") {
    const who = { openedBy: p.openedBy, partner: p.partnerName };
    return p.projectTitle ? t("openedAbout", { ...who, project: p.projectTitle }) : t("opened", who);
  }
  if (p.kind === "resolved")
    return p.projectTitle ? t("resolvedAbout", { project: p.projectTitle }) : t("resolved");
  return p.projectTitle ? t("declinedAbout", { project: p.projectTitle }) : t("declined");
}

export default function CaseNotice(p: CaseNoticeProps) {
  const locale = p.locale ?? DEFAULT_LOCALE;
  const t = portalTranslator(locale, "emails.caseNotice");
  return (
    <EmailLayout lang={locale} preview={caseNoticeSubject(p, locale)} footerNote={t("footer")}>
      <Text style={heading}>{caseNoticeSubject(p, locale)}</Text>
      <Text style={paragraph}>{summary(p, locale)}</Text>
      {p.note && (
        <Text
          style={{
            ...paragraph,
            whiteSpace: "pre-line",
            borderLeft: "3px solid #d0d7de",
            paddingLeft: "12px",
          }}
        >
          {p.note}
        </Text>
      )}
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.url} style={button}>
          {t("button")}
        </Button>
      </Section>
    </EmailLayout>
  );
}
