import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import DecisionReceipt, { type DecisionReceiptCopy } from "../../emails/decision-receipt";
import { env } from "../env";
import type { Locale } from "../i18n/locales";
import { formatLongDate, translator } from "../i18n/translator";
import type { RenderedEmail } from "./render";
import { privacyLink } from "./render-links";

// R20: the customer's receipt after deciding, and the notice when a request was auto-approved, in
// the customer's language. Rendered before the transaction that queues them (rendering is slow).

export type ReceiptFacts = { partnerName: string; projectTitle: string; at: Date };

export function withdrawLink(token: string): string {
  return `${env().appUrl}/withdraw/${token}`;
}

async function renderReceipt(
  to: string,
  locale: Locale,
  subject: string,
  copy: DecisionReceiptCopy,
  template: string,
) {
  const html = await render(createElement(DecisionReceipt, { lang: locale, copy }));
  return { to, subject, html, text: toPlainText(html), template } satisfies RenderedEmail;
}

function withdrawCopy(locale: Locale, token: string) {
  const t = translator(locale, "receipt");
  return {
    intro: t("withdrawIntro"),
    button: t("withdrawButton"),
    fallback: t("fallback"),
    link: withdrawLink(token),
  };
}

function footer(locale: Locale, partner: string) {
  const privacy = translator(locale, "privacy")("emailFooter", { url: privacyLink(locale) });
  return `${translator(locale, "receipt")("footer", { partner })} ${privacy}`;
}

/** After the customer approved (with the withdraw link) or rejected. */
export function renderDecisionReceipt(
  to: string,
  locale: Locale,
  facts: ReceiptFacts & { approved: boolean; withdrawToken?: string },
): Promise<RenderedEmail> {
  const t = translator(locale, "receipt");
  const values = {
    partner: facts.partnerName,
    project: facts.projectTitle,
    date: formatLongDate(locale, facts.at),
  };
  const subject = t(facts.approved ? "subjectApproved" : "subjectRejected", values);
  return renderReceipt(
    to,
    locale,
    subject,
    {
      preview: subject,
      heading: t("heading"),
      body: t(facts.approved ? "approved" : "rejected", values),
      withdraw: facts.approved && facts.withdrawToken ? withdrawCopy(locale, facts.withdrawToken) : null,
      footer: footer(locale, facts.partnerName),
    },
    facts.approved ? "decision-receipt-approved" : "decision-receipt-rejected",
  );
}

/** R4 told to the customer: their request was auto-approved; they may withdraw it. */
export function renderAutoApprovalReceipt(
  to: string,
  locale: Locale,
  facts: ReceiptFacts & { withdrawToken: string },
): Promise<RenderedEmail> {
  const t = translator(locale, "receipt");
  const values = {
    partner: facts.partnerName,
    project: facts.projectTitle,
    date: formatLongDate(locale, facts.at),
  };
  const subject = t("autoSubject", values);
  return renderReceipt(
    to,
    locale,
    subject,
    {
      preview: subject,
      heading: t("autoHeading"),
      body: t("autoBody", values),
      withdraw: withdrawCopy(locale, facts.withdrawToken),
      footer: footer(locale, facts.partnerName),
    },
    "auto-approval-receipt",
  );
}
