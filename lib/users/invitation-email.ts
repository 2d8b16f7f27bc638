import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import InvitationEmail, { invitationSubject } from "../../emails/invitation";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { DEFAULT_LOCALE, type Locale, localeForCountry } from "../i18n/locales";
import { portalTranslator } from "../i18n/portal";
import { portalLanguagesOffered } from "../i18n/rollout";
import type { ROLE_LABELS } from "./wording";

export const INVITATION_DAYS = 7;
export const INVITATION_TTL_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000;

export function invitationLink(token: string): string {
  return `${env().appUrl}/invitation/${token}`;
}

type Inviter = { kind: "agent" | "partner-user"; name: string };

/** Rendered before the transaction that queues it (rendering is slow next to a write). */
export async function renderInvitation(
  to: string,
  props: {
    token: string;
    name: string;
    partnerName: string;
    role: keyof typeof ROLE_LABELS | null;
    locationNames: string[];
    /** Who invited; null when they are gone since (the email then names the partner). */
    inviter: Inviter | null;
    /** invitationLocale(): the language of the partner's location. */
    locale?: Locale;
  },
) {
  const { token, name, partnerName, role, locationNames, inviter, locale = DEFAULT_LOCALE } = props;
  const html = await render(
    createElement(InvitationEmail, {
      name,
      partnerName,
      roleLabel: invitedRoleLabel(role, locationNames, locale),
      invitedBy: inviter ? inviterLabel(inviter, locale) : partnerName,
      url: invitationLink(token),
      expiresInDays: INVITATION_DAYS,
      locale,
    }),
  );
  return {
    to,
    subject: invitationSubject(partnerName, locale),
    html,
    text: toPlainText(html),
    template: "invitation",
  };
}

/** Who sent it, as the email says: an agent is named with the Regional Service Center. */
export function inviterLabel(inviter: Inviter, locale: Locale = DEFAULT_LOCALE): string {
  if (inviter.kind !== "agent") return inviter.name;
  return portalTranslator(locale, "emails.invitation")("invitedByAgent", { name: inviter.name });
}

/** The role as the email names it: roleLabelOf's words ("Local Administrator of Oslo, Lima") in `locale`. */
function invitedRoleLabel(
  role: keyof typeof ROLE_LABELS | null,
  locationNames: string[],
  locale: Locale,
): string {
  const t = portalTranslator(locale, "emails.invitation.roles");
  if (role === "LOCAL_ADMINISTRATOR")
    return t("LOCAL_ADMINISTRATOR", { locations: locationNames.join(", ") });
  return t(role ?? "MEMBER");
}

/**
 * The invitation's language (issue 21): that of the partner's location — the locations the invitee
 * will administer, else the partner's locations in use — when they all speak one language; English
 * when they differ or other languages are not offered yet. The invitee chooses their own once in.
 */
export async function invitationLocale(
  tx: Prisma.TransactionClient,
  partnerId: string,
  locationIds: string[],
): Promise<Locale> {
  if (!portalLanguagesOffered()) return DEFAULT_LOCALE;
  const locations = await tx.location.findMany({
    where: { partnerId, ...(locationIds.length > 0 ? { id: { in: locationIds } } : { archivedAt: null }) },
    select: { country: true },
    distinct: ["country"],
  });
  const languages = new Set(locations.map((l) => localeForCountry(l.country)));
  return languages.size === 1 ? [...languages][0]! : DEFAULT_LOCALE;
}
