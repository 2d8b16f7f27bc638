import "server-only";
import type { Prisma } from "../db/generated/client";
import type { ServiceCaseType } from "../db/generated/enums";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { env } from "../env";
import { wantsNotice } from "./recipients";
import { inEachLanguage, portalUrl, renderCaseNotice } from "./render";

type Tx = Prisma.TransactionClient;

// R12's cases, told in the transaction that opens or closes them (R15): a new case to the service
// center's address (or, without one configured, to every agent); the outcome to whoever opened it.
// Each in the recipient's portal language; the service center's own address reads English.

export async function queueCaseOpenedNotice(
  tx: Tx,
  c: {
    id: string;
    type: ServiceCaseType;
    partnerId: string;
    /** The request the case is about: its emails are found with it (R21's erasure). */
    referenceId: string;
    partnerName: string;
    projectTitle: string | null;
    openedBy: string;
    message: string;
    now: Date;
  },
): Promise<void> {
  const email = inEachLanguage((locale) =>
    renderCaseNotice(
      {
        kind: "opened",
        caseType: c.type,
        partnerName: c.partnerName,
        projectTitle: c.projectTitle,
        openedBy: c.openedBy,
        note: c.message,
        url: portalUrl("/service-center"),
      },
      locale,
    ),
  );
  const configured = env().serviceCenterEmail;
  const to = configured ? [{ email: configured, locale: null }] : await agentAddresses(tx, c.partnerId);
  for (const agent of to) {
    await queueEmail(tx, {
      to: agent.email,
      ...(await email(recipientLocale(agent.locale))),
      now: c.now,
      template: "case-opened",
      partnerId: c.partnerId,
      referenceId: c.referenceId,
      carriesSecret: false,
    });
  }
}

/** Every agent, less demo agents when the partner is not a demo partner (decision 022). */
async function agentAddresses(
  tx: Tx,
  partnerId: string,
): Promise<{ email: string; locale: string | null }[]> {
  const partner = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { isDemo: true } });
  return tx.user.findMany({
    where: { kind: "SERVICE_AGENT", ...(partner.isDemo ? {} : { isDemo: false }) },
    select: { email: true, locale: true },
    orderBy: { email: "asc" },
  });
}

export async function queueCaseClosedNotice(
  tx: Tx,
  c: {
    outcome: "resolved" | "declined";
    type: ServiceCaseType;
    openedById: string | null;
    partnerId: string;
    partnerName: string;
    projectTitle: string | null;
    referenceId: string | null;
    note: string | null;
    now: Date;
  },
): Promise<void> {
  if (!c.openedById) return;
  const opener = await wantsNotice(tx, c.openedById, "CASE_UPDATE");
  if (!opener) return;
  const email = await renderCaseNotice(
    {
      kind: c.outcome,
      caseType: c.type,
      partnerName: c.partnerName,
      projectTitle: c.projectTitle,
      openedBy: opener.name,
      note: c.note,
      url: portalUrl(c.referenceId ? `/references/${c.referenceId}` : "/references"),
    },
    recipientLocale(opener.locale),
  );
  await queueEmail(tx, {
    to: opener.email,
    ...email,
    now: c.now,
    template: "case-closed",
    referenceId: c.referenceId ?? undefined,
    partnerId: c.partnerId,
    userId: opener.id,
    carriesSecret: false,
  });
}
