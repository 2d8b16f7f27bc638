import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import ReferenceRequestEmail from "../../emails/reference-request";
import SignInEmail, { signInSubject } from "../../emails/sign-in";
import { env } from "../env";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { type ReferenceRequestFacts, referenceRequestCopy } from "./reference-request-copy";

/** How long a magic link stays valid. */
export const SIGN_IN_LINK_HOURS = 24;

// Rendering is slow compared with a database write, so callers render BEFORE they open the
// transaction that queues the email.

export type RenderedEmail = { to: string; subject: string; html: string; text: string; template: string };

export function respondLink(token: string): string {
  return `${env().appUrl}/respond/${token}`;
}

/** The customer's request or reminder (R1, R3), in the language chosen for the contact. */
export async function renderReferenceRequest(
  to: string,
  props: ReferenceRequestFacts & { token: string; locale: Locale },
): Promise<RenderedEmail> {
  const { token, locale, ...facts } = props;
  const { subject, copy } = referenceRequestCopy(locale, facts, env().senderAddress);
  const element = createElement(ReferenceRequestEmail, { lang: locale, link: respondLink(token), copy });
  const html = await render(element);
  return {
    to,
    subject,
    html,
    text: toPlainText(html),
    template: props.reminder ? "reference-reminder" : "reference-request",
  };
}

/** The magic link, in the person's portal language (lib/email/recipient-locale.ts); English by default. */
export async function renderSignIn(
  to: string,
  props: { url: string; name: string; locale?: Locale },
): Promise<RenderedEmail> {
  const { locale = DEFAULT_LOCALE, ...facts } = props;
  const element = createElement(SignInEmail, { ...facts, expiresInHours: SIGN_IN_LINK_HOURS, locale });
  const html = await render(element);
  return { to, subject: signInSubject(locale), html, text: toPlainText(html), template: "sign-in" };
}
