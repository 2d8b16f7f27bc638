import "server-only";
import type { Prisma } from "../db/generated/client";
import { toLocale } from "../i18n/locales";
import { autoApprovalDueAt } from "../references/timing";
import { newToken, storeToken } from "../references/tokens";
import { INVITATION_TTL_MS, invitationLocale, renderInvitation } from "../users/invitation-email";
import { issueSignInLink } from "../users/sign-in-link";
import { recipientLocale } from "./recipient-locale";
import { renderReferenceRequest, renderSignIn, SIGN_IN_LINK_HOURS } from "./render";

// R13 for failed mail: an email that ended FAILED lost its secret-carrying body (settle.ts), so a
// requeue cannot send the old body again. It is rendered anew with a fresh link, and the link it
// carried is ended in the same transaction: the old one stops working, the new one goes out.

type Tx = Prisma.TransactionClient;

export type FailedEmail = {
  id: string;
  template: string;
  to: string;
  carriesSecret: boolean;
  referenceId: string | null;
  userId: string | null;
  linkTokenHash: string | null;
  createdAt: Date;
};

export type Renewed =
  /** Nothing secret in it: the stored body is sent again as it is. */
  | { kind: "as-is" }
  | { kind: "renewed"; subject: string; html: string; text: string; linkTokenHash: string }
  /** What the link was for no longer wants it (decided request, removed user…): not sent again. */
  | { kind: "gone"; reason: string };

export const GONE = {
  request:
    "The reference request is no longer awaiting the customer's answer, so its email was not sent again.",
  user: "The person this sign-in link was for no longer has an account, so it was not sent again.",
  invitation: "The invitation was accepted or revoked since, so its email was not sent again.",
  unknown: "This email cannot be written again with a fresh link, so it was not sent again.",
} as const;

/** Renders a FAILED email anew for its requeue, ending the link it carried. */
export async function renewForRequeue(tx: Tx, email: FailedEmail, now: Date): Promise<Renewed> {
  if (!email.carriesSecret) return { kind: "as-is" };
  if (email.template === "reference-request" || email.template === "reference-reminder")
    return renewRequest(tx, email, now);
  if (email.template === "sign-in") return renewSignIn(tx, email, now);
  if (email.template === "invitation") return renewInvitation(tx, email, now);
  return { kind: "gone", reason: GONE.unknown };
}

async function renewRequest(tx: Tx, email: FailedEmail, now: Date): Promise<Renewed> {
  if (!email.referenceId) return { kind: "gone", reason: GONE.request };
  const reference = await tx.referenceRequest.findUnique({
    where: { id: email.referenceId },
    include: { partner: { select: { name: true } }, createdBy: { select: { name: true } } },
  });
  // Emails queued before links were recorded: the token stored with the email is the one it carried.
  await tx.responseToken.deleteMany({
    where: email.linkTokenHash
      ? { tokenHash: email.linkTokenHash }
      : { referenceId: email.referenceId, createdAt: email.createdAt },
  });
  if (reference?.status !== "AWAITING_APPROVAL") return { kind: "gone", reason: GONE.request };
  const issued = newToken();
  await storeToken(tx, reference.id, issued, now);
  const rendered = await renderReferenceRequest(email.to, {
    token: issued.token,
    locale: toLocale(reference.contactLanguage),
    autoApprovalOn: autoApprovalDueAt(reference.firstSentAt),
    partnerName: reference.partner.name,
    contactName: reference.contactName,
    customerCompany: reference.customerCompany,
    projectTitle: reference.projectTitle,
    requestedBy: reference.createdBy?.name ?? reference.partner.name,
    reminder: email.template === "reference-reminder",
  });
  return { kind: "renewed", ...pick(rendered), linkTokenHash: issued.tokenHash };
}

async function renewSignIn(tx: Tx, email: FailedEmail, now: Date): Promise<Renewed> {
  const lifetimeMs = SIGN_IN_LINK_HOURS * 60 * 60 * 1000;
  await tx.verificationToken.deleteMany({
    where: email.linkTokenHash
      ? { token: email.linkTokenHash }
      : { identifier: email.to, expires: new Date(email.createdAt.getTime() + lifetimeMs) },
  });
  const user = email.userId
    ? await tx.user.findUnique({
        where: { id: email.userId },
        select: { email: true, name: true, locale: true },
      })
    : null;
  if (!user) return { kind: "gone", reason: GONE.user };
  const link = await issueSignInLink(tx, { email: user.email, callbackPath: "/references", now, lifetimeMs });
  const rendered = await renderSignIn(user.email, {
    url: link.url,
    name: user.name,
    locale: recipientLocale(user.locale),
  });
  return { kind: "renewed", ...pick(rendered), linkTokenHash: link.tokenHash };
}

async function renewInvitation(tx: Tx, email: FailedEmail, now: Date): Promise<Renewed> {
  const invitation = await tx.invitation.findFirst({
    where: email.linkTokenHash ? { tokenHash: email.linkTokenHash } : { email: email.to },
    include: { partner: { select: { name: true } }, invitedBy: { select: { name: true, kind: true } } },
  });
  if (!invitation) return { kind: "gone", reason: GONE.invitation };
  const issued = newToken();
  // The same invitation with a new link and a fresh week: the link the failed email carried ends.
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { tokenHash: issued.tokenHash, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
  });
  const locations = await tx.location.findMany({
    where: { id: { in: invitation.locationIds } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  const inviter = invitation.invitedBy;
  const rendered = await renderInvitation(invitation.email, {
    token: issued.token,
    name: invitation.name,
    partnerName: invitation.partner.name,
    role: invitation.role,
    locationNames: locations.map((l) => l.name),
    inviter: inviter && {
      kind: inviter.kind === "SERVICE_AGENT" ? "agent" : "partner-user",
      name: inviter.name,
    },
    locale: await invitationLocale(tx, invitation.partnerId, invitation.locationIds),
  });
  return { kind: "renewed", ...pick(rendered), linkTokenHash: issued.tokenHash };
}

const pick = (r: { subject: string; html: string; text: string }) => ({
  subject: r.subject,
  html: r.html,
  text: r.text,
});
