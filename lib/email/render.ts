import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import ReferenceRequestEmail, {
  type ReferenceRequestEmailProps,
  referenceRequestSubject,
} from "../../emails/reference-request";
import { env } from "../env";

// Rendering is slow compared with a database write, so callers render BEFORE they open the
// transaction that queues the email.

export type RenderedEmail = { to: string; subject: string; html: string; text: string };

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
  return { to, subject: referenceRequestSubject(props), html, text: toPlainText(html) };
}
