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
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";

// Notices to partner users and agents are written in each recipient's portal language
// (lib/email/recipient-locale.ts); the customer's emails in the contact's language
// (lib/email/reference-request-copy.ts).

export type RenderedNotice = { subject: string; html: string; text: string };

async function renderElement(subject: string, element: React.ReactElement): Promise<RenderedNotice> {
  const html = await render(element);
  return { subject, html, text: toPlainText(html) };
}

/** One notice for many recipients: rendered once per language, on first use, and shared. */
export type NoticeInLanguages = (locale: Locale) => Promise<RenderedNotice>;

export function inEachLanguage(renderIn: (locale: Locale) => Promise<RenderedNotice>): NoticeInLanguages {
  const rendered = new Map<Locale, Promise<RenderedNotice>>();
  return (locale) => {
    let notice = rendered.get(locale);
    if (!notice) {
      notice = renderIn(locale);
      rendered.set(locale, notice);
    }
    return notice;
  };
}

/**
 * As inEachLanguage, with English rendered now: callers prepare before their transaction (rendering
 * is slow next to a write), and only a recipient who chose another language costs a rendering in it.
 */
export async function prepareInEachLanguage(
  renderIn: (locale: Locale) => Promise<RenderedNotice>,
): Promise<NoticeInLanguages> {
  const notice = inEachLanguage(renderIn);
  await notice(DEFAULT_LOCALE);
  return notice;
}

export const portalUrl = (path: string) => `${env().appUrl}${path}`;
const preferencesUrl = () => portalUrl("/profile");

type Facts<P> = Omit<P, "preferencesUrl" | "locale">;

export function renderDecisionNotice(p: Facts<DecisionNoticeProps>, locale: Locale = DEFAULT_LOCALE) {
  return renderElement(
    decisionNoticeSubject(p, locale),
    createElement(DecisionNotice, { ...p, preferencesUrl: preferencesUrl(), locale }),
  );
}

export function renderAutoApprovalDigest(p: Facts<AutoApprovalDigestProps>, locale: Locale = DEFAULT_LOCALE) {
  return renderElement(
    autoApprovalDigestSubject(p.total, locale),
    createElement(AutoApprovalDigest, { ...p, preferencesUrl: preferencesUrl(), locale }),
  );
}

export function renderCaseNotice(p: Omit<CaseNoticeProps, "locale">, locale: Locale = DEFAULT_LOCALE) {
  return renderElement(caseNoticeSubject(p, locale), createElement(CaseNotice, { ...p, locale }));
}

export function renderDeliveryFailedNotice(
  p: Facts<DeliveryFailedNoticeProps>,
  locale: Locale = DEFAULT_LOCALE,
) {
  return renderElement(
    deliveryFailedNoticeSubject(p, locale),
    createElement(DeliveryFailedNotice, { ...p, preferencesUrl: preferencesUrl(), locale }),
  );
}

export function renderRenewalReminder(
  p: Omit<RenewalReminderProps, "preferencesUrl" | "competenciesUrl" | "locale">,
  locale: Locale = DEFAULT_LOCALE,
) {
  return renderElement(
    renewalReminderSubject(p.items, locale),
    createElement(RenewalReminder, {
      ...p,
      competenciesUrl: portalUrl("/competencies"),
      preferencesUrl: preferencesUrl(),
      locale,
    }),
  );
}
