import "server-only";
import { createElement } from "react";
import type { ReferenceRequestCopy } from "../../emails/reference-request";
import type { Locale } from "../i18n/locales";
import { formatLongDate, translator } from "../i18n/translator";
import { privacyLink } from "./render-links";

export type ReferenceRequestFacts = {
  partnerName: string;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  requestedBy: string;
  reminder: boolean;
  /** When the request is auto-approved without an answer (R4): told to the customer as a date. */
  autoApprovalOn: Date;
};

/** The request email's words in the customer's language. */
export function referenceRequestCopy(locale: Locale, f: ReferenceRequestFacts, senderAddress: string) {
  const t = translator(locale, "requestEmail");
  const subject = t(f.reminder ? "reminderSubject" : "subject", { partner: f.partnerName });
  const copy: ReferenceRequestCopy = {
    preview: t("preview", { partner: f.partnerName, project: f.projectTitle }),
    heading: t("heading"),
    greeting: t("greeting", { contact: f.contactName }),
    body: t.rich("body", {
      requester: f.requestedBy,
      partner: f.partnerName,
      project: f.projectTitle,
      company: f.customerCompany,
      // "VanArsdel, Ltd." already ends the sentence where the company comes last.
      companyEndsWithPeriod: f.customerCompany.endsWith(".") ? "yes" : "no",
      strong: (chunks) => createElement("strong", null, chunks),
    }),
    reminderNote: f.reminder ? t("reminderNote") : null,
    instruction: t("instruction"),
    button: t("button"),
    fallback: t("fallback"),
    footer: t("footer", {
      sender: senderAddress,
      partner: f.partnerName,
      deadline: formatLongDate(locale, f.autoApprovalOn),
    }),
    privacy: translator(locale, "privacy")("emailFooter", { url: privacyLink(locale) }),
  };
  return { subject, copy };
}
