import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import InvitationEmail, { invitationSubject } from "../../emails/invitation";
import { env } from "../env";

export const INVITATION_DAYS = 7;
export const INVITATION_TTL_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000;

export function invitationLink(token: string): string {
  return `${env().appUrl}/invitation/${token}`;
}

/** Rendered before the transaction that queues it (rendering is slow next to a write). */
export async function renderInvitation(
  to: string,
  props: { token: string; name: string; partnerName: string; roleLabel: string; invitedBy: string },
) {
  const { token, ...rest } = props;
  const html = await render(
    createElement(InvitationEmail, { ...rest, url: invitationLink(token), expiresInDays: INVITATION_DAYS }),
  );
  return {
    to,
    subject: invitationSubject(props.partnerName),
    html,
    text: toPlainText(html),
    template: "invitation",
  };
}

/** Who sent it, as the email says: an agent is named with the Regional Service Center. */
export function inviterLabel(inviter: { kind: "agent" | "partner-user"; name: string }): string {
  return inviter.kind === "agent" ? `${inviter.name} (Regional Service Center)` : inviter.name;
}
