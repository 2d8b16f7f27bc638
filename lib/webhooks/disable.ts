import "server-only";
import { render, toPlainText } from "@react-email/render";
import { createElement } from "react";
import WebhookDisabled, { webhookDisabledSubject } from "../../emails/webhook-disabled";
import { recordAudit } from "../audit/record";
import { getDb } from "../db/client";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { env } from "../env";
import { localizeLibText } from "../i18n/localize";
import { prepareInEachLanguage } from "../notices/render";
import { TX_OPTIONS } from "../references/tx";

// An endpoint that answered 410 Gone or failed for three days is disabled by the system, once
// (a conditional write), audited, and its partner's Global Administrators are told by email through
// the email outbox in the same transaction, each in their portal language.

export async function disableFailingEndpoint(options: {
  endpointId: string;
  reason: string;
  now: Date;
}): Promise<boolean> {
  const { endpointId, reason, now } = options;
  const db = await getDb();
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id: endpointId },
    select: { url: true, enabled: true, partnerId: true, partner: { select: { name: true } } },
  });
  if (!endpoint?.enabled) return false;
  // English rendered before the transaction (rendering is slow next to a write); another language
  // once, for its first reader.
  const email = await prepareInEachLanguage(async (locale) => {
    const html = await render(
      createElement(WebhookDisabled, {
        url: endpoint.url,
        partnerName: endpoint.partner.name,
        reason: localizeLibText(locale, reason),
        settingsUrl: `${env().appUrl}/settings/webhooks`,
        locale,
      }),
    );
    return { subject: webhookDisabledSubject(endpoint, locale), html, text: toPlainText(html) };
  });
  return db.$transaction(async (tx) => {
    const won = await tx.webhookEndpoint.updateMany({
      where: { id: endpointId, enabled: true },
      data: { enabled: false, disabledReason: reason },
    });
    if (won.count === 0) return false;
    await recordAudit(tx, {
      partnerId: endpoint.partnerId,
      kind: "WEBHOOK",
      action: "webhook.disabled_by_system",
      subjectId: endpointId,
      subjectLabel: endpoint.url,
      actor: { kind: "system" },
      at: now,
      after: { reason },
    });
    const admins = await tx.user.findMany({
      where: { roles: { some: { partnerId: endpoint.partnerId, role: "GLOBAL_ADMINISTRATOR" } } },
      select: { id: true, email: true, locale: true },
      orderBy: { email: "asc" },
    });
    for (const admin of admins)
      await queueEmail(tx, {
        to: admin.email,
        ...(await email(recipientLocale(admin.locale))),
        now,
        template: "webhook-disabled",
        partnerId: endpoint.partnerId,
        userId: admin.id,
        carriesSecret: false,
      });
    return true;
  }, TX_OPTIONS);
}
