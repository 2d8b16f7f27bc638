import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import ReferenceRequestEmail, {
  type ReferenceRequestEmailProps,
  referenceRequestSubject,
} from "../../emails/reference-request";
import SignInEmail from "../../emails/sign-in";
import { env } from "../env";

/** How long a magic link stays valid. */
export const SIGN_IN_LINK_HOURS = 24;

// Rendering is slow compared with a database write, so callers render BEFORE they open the
// transaction that queues the email.

export type RenderedEmail = { to: string; subject: string; html: string; text: string; template: string };

export function respondLink(token: string): string {
  return `${env().appUrl}/respond/${token}`;
}

export async function renderReferenceRequest(
  to: string,
  props: Omit<ReferenceRequestEmailProps, "senderAddress" | "link"> & { token: string },
): Promise<RenderedEmail> {
  const { token, ...rest } = props;
  const element = createElement(ReferenceRequestEmail, {
    ...rest,
    link: respondLink(token),
    senderAddress: env().senderAddress,
  });
  const html = await render(element);
  return {
    to,
    subject: referenceRequestSubject(props),
    html,
    text: toPlainText(html),
    template: props.reminder ? "reference-reminder" : "reference-request",
  };
}

export async function renderSignIn(to: string, props: { url: string; name: string }): Promise<RenderedEmail> {
  const element = createElement(SignInEmail, { ...props, expiresInHours: SIGN_IN_LINK_HOURS });
  const html = await render(element);
  const subject = "Your sign-in link for the Partner Reference Center";
  return { to, subject, html, text: toPlainText(html), template: "sign-in" };
}
