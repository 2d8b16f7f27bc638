import "server-only";
import type { Prisma } from "../db/generated/client";
import type { ServiceCaseType } from "../db/generated/enums";
import { queueEmail } from "../email/outbox";
import { env } from "../env";
import { CASE_TYPE_LABELS } from "../service-center/labels";
import { wantsNotice } from "./recipients";
import { portalUrl, renderCaseNotice } from "./render";

type Tx = Prisma.TransactionClient;

// R12's cases, told in the transaction that opens or closes them (R15): a new case to the service
// center's address (or, without one configured, to every agent); the outcome to whoever opened it.

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
  const email = await renderCaseNotice({
    kind: "opened",
    caseLabel: CASE_TYPE_LABELS[c.type],
    partnerName: c.partnerName,
    projectTitle: c.projectTitle,
    openedBy: c.openedBy,
    note: c.message,
    url: portalUrl("/service-center"),
  });
  const configured = env().serviceCenterEmail;
  const to = configured ? [configured] : await agentAddresses(tx, c.partnerId);
  for (const address of to) {
    await queueEmail(tx, {
      to: address,
      ...email,
      now: c.now,
      template: "case-opened",
      partnerId: c.partnerId,
      referenceId: c.referenceId,
      carriesSecret: false,
    });
  }
}

/** Every agent, less demo agents when the partner is not a demo partner (decision 022). */
async function agentAddresses(tx: Tx, partnerId: string): Promise<string[]> {
  const partner = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { isDemo: true } });
  const agents = await tx.user.findMany({
    where: { kind: "SERVICE_AGENT", ...(partner.isDemo ? {} : { isDemo: false }) },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return agents.map((u) => u.email);
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
  const email = await renderCaseNotice({
    kind: c.outcome,
    caseLabel: CASE_TYPE_LABELS[c.type],
    partnerName: c.partnerName,
    projectTitle: c.projectTitle,
    openedBy: opener.name,
    note: c.note,
    url: portalUrl(c.referenceId ? `/references/${c.referenceId}` : "/references"),
  });
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
