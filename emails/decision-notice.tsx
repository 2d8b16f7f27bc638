import { Button, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { portalTranslator } from "../lib/i18n/portal";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Told to the request's creator and the administrators who may assign it (R6) when the customer
// answers: an approval is work waiting (it must be assigned to a competency). In each recipient's
// portal language (lib/notices/decision.ts renders it once per language).

export type DecisionNoticeProps = {
  approved: boolean;
  /** R20: the customer withdrew an earlier approval (or auto-approval); `approved` is then false. */
  withdrew?: boolean;
  /** The competency it counted toward until then, if it was assigned. */
  competencyName?: string | null;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  locationName: string;
  referenceUrl: string;
  preferencesUrl: string;
  locale?: Locale;
};

export function decisionNoticeSubject(
  p: {
    approved: boolean;
    withdrew?: boolean;
    customerCompany: string;
    projectTitle: string;
  },
  locale: Locale = DEFAULT_LOCALE,
) {
  const t = portalTranslator(locale, "emails.decision");
  const key = p.withdrew ? "subjectWithdrew" : p.approved ? "subjectApproved" : "subjectRejected";
  return t(key, { company: p.customerCompany, project: p.projectTitle });
}

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

const facts = (p: DecisionNoticeProps) => ({
  contact: p.contactName,
  company: p.customerCompany,
  project: p.projectTitle,
  location: p.locationName,
  strong,
});

const referenceLink = (p: DecisionNoticeProps) => ({
  url: p.referenceUrl,
  link: (chunks: ReactNode) => <a href={p.referenceUrl}>{chunks}</a>,
});

export default function DecisionNotice(p: DecisionNoticeProps) {
  const locale = p.locale ?? DEFAULT_LOCALE;
  return (
    <EmailLayout
      lang={locale}
      preview={decisionNoticeSubject(p, locale)}
      footerNote={portalTranslator(locale, "emails.shared")("referenceFooter", {
        location: p.locationName,
        url: p.preferencesUrl,
      })}
    >
      {p.withdrew ? <WithdrawalBody {...p} /> : <DecisionBody {...p} />}
    </EmailLayout>
  );
}

function DecisionBody(p: DecisionNoticeProps) {
  const t = portalTranslator(p.locale ?? DEFAULT_LOCALE, "emails.decision");
  return (
    <>
      <Text style={heading}>{t(p.approved ? "headingApproved" : "headingRejected")}</Text>
      <Text style={paragraph}>{t.rich(p.approved ? "bodyApproved" : "bodyRejected", facts(p))}</Text>
      {p.approved ? (
        <>
          <Text style={paragraph}>{t("assignHint")}</Text>
          <Section style={{ margin: "24px 0" }}>
            <Button href={p.referenceUrl} style={button}>
              {t("assignButton")}
            </Button>
          </Section>
        </>
      ) : (
        <Text style={paragraph}>{t.rich("noAction", referenceLink(p))}</Text>
      )}
    </>
  );
}

function WithdrawalBody(p: DecisionNoticeProps) {
  const t = portalTranslator(p.locale ?? DEFAULT_LOCALE, "emails.decision");
  return (
    <>
      <Text style={heading}>{t("headingWithdrew")}</Text>
      <Text style={paragraph}>
        {p.competencyName
          ? t.rich("bodyWithdrewFromCompetency", { ...facts(p), competency: p.competencyName })
          : t.rich("bodyWithdrew", facts(p))}
      </Text>
      <Text style={paragraph}>{t.rich("historyStays", referenceLink(p))}</Text>
    </>
  );
}
