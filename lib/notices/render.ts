import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import AutoApprovalDigest, {
  type AutoApprovalDigestProps,
  autoApprovalDigestSubject,
} from "../../emails/auto-approval-digest";
import CaseNotice, { type CaseNoticeProps, caseNoticeSubject } from "../../emails/case-notice";
import DecisionNotice, {
  type DecisionNoticeProps,
  decisionNoticeSubject,
} from "../../emails/decision-notice";
import DeliveryFailedNotice, {
  type DeliveryFailedNoticeProps,
  deliveryFailedNoticeSubject,
} from "../../emails/delivery-failed-notice";
import RenewalReminder, {
  type RenewalReminderProps,
  renewalReminderSubject,
} from "../../emails/renewal-reminder";
import { env } from "../env";

// Notices to partner users and agents are English for now (partner-facing); the customer's emails
// are translated (lib/email/reference-request-copy.ts).

export type RenderedNotice = { subject: string; html: string; text: string };

async function renderElement(subject: string, element: React.ReactElement): Promise<RenderedNotice> {
  const html = await render(element);
  return { subject, html, text: toPlainText(html) };
}

export const portalUrl = (path: string) => `${env().appUrl}${path}`;
const preferencesUrl = () => portalUrl("/profile");

export function renderDecisionNotice(p: Omit<DecisionNoticeProps, "preferencesUrl">) {
  return renderElement(
    decisionNoticeSubject(p),
    createElement(DecisionNotice, { ...p, preferencesUrl: preferencesUrl() }),
  );
}

export function renderAutoApprovalDigest(p: Omit<AutoApprovalDigestProps, "preferencesUrl">) {
  return renderElement(
    autoApprovalDigestSubject(p.total),
    createElement(AutoApprovalDigest, { ...p, preferencesUrl: preferencesUrl() }),
  );
}

export function renderCaseNotice(p: CaseNoticeProps) {
  return renderElement(caseNoticeSubject(p), createElement(CaseNotice, p));
}

export function renderDeliveryFailedNotice(p: Omit<DeliveryFailedNoticeProps, "preferencesUrl">) {
  return renderElement(
    deliveryFailedNoticeSubject(p),
    createElement(DeliveryFailedNotice, { ...p, preferencesUrl: preferencesUrl() }),
  );
}

export function renderRenewalReminder(p: Omit<RenewalReminderProps, "preferencesUrl" | "competenciesUrl">) {
  return renderElement(
    renewalReminderSubject(p.items),
    createElement(RenewalReminder, {
      ...p,
      competenciesUrl: portalUrl("/competencies"),
      preferencesUrl: preferencesUrl(),
    }),
  );
}
