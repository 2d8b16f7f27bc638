import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { CreateWebhookForm } from "@/components/admin/create-webhook-form";
import { WebhookDeliveryLog } from "@/components/admin/webhook-delivery-log";
import {
  RotateSecretButton,
  SendTestEventButton,
  ToggleEndpointButton,
} from "@/components/admin/webhook-endpoint-actions";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { formatDateTime } from "@/lib/dates";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { MAX_ENDPOINTS } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import {
  createWebhookAction,
  deleteWebhookAction,
  disableWebhookAction,
  enableWebhookAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("settings.webhooks");
  return { title: t("title") };
}

// Issue 19: where the partner's systems hear about reference changes. Global Administrators only.
export default async function WebhooksPage() {
  const [actor, t, locale] = await Promise.all([
    signedInActor(),
    getPortalT("settings.webhooks"),
    getPortalLocale(),
  ]);
  if (actor.kind !== "partner-user") notFound();
  const endpoints = await listWebhookEndpoints(actor);
  if (!endpoints.ok) notFound();
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="add-endpoint" className={`${card} max-w-3xl space-y-4 p-6`}>
        <h2 id="add-endpoint" className="text-lg font-semibold">
          {t("add")}
        </h2>
        <CreateWebhookForm
          action={createWebhookAction}
          events={WEBHOOK_EVENT_TYPES.map((type) => ({ type, label: t(`events.${type}`) }))}
        />
      </section>
      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-lg font-semibold">
          {t.rich("endpoints", {
            max: MAX_ENDPOINTS,
            note: (chunks) => <span className="text-sm font-normal text-slate-600">{chunks}</span>,
          })}
        </h2>
        {endpoints.data.length === 0 && <p className="text-sm text-slate-700">{t("empty")}</p>}
        {endpoints.data.map((e, i) => (
          <article
            key={e.id}
            aria-labelledby={`endpoint-${i}`}
            className={`${card} space-y-4 p-6`}
            data-testid="webhook-endpoint"
          >
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div className="space-y-1">
                <h3 id={`endpoint-${i}`} className="break-all font-mono text-sm font-semibold">
                  {e.url}
                </h3>
                <p className="text-sm" data-testid="webhook-state">
                  {e.enabled
                    ? t("enabled")
                    : e.disabledReason
                      ? t("disabledBecause", { reason: localizeLibText(locale, e.disabledReason) })
                      : t("disabled")}
                  {e.pending > 0 && ` · ${t("pending", { count: e.pending })}`}
                </p>
                <p className="note">
                  {t("details", {
                    events: e.events.join(", "),
                    date: formatDateTime(e.createdAt, locale),
                    name: e.createdBy,
                  })}
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {e.enabled && <SendTestEventButton action={sendTestEventAction} endpointId={e.id} />}
                <ToggleEndpointButton
                  action={e.enabled ? disableWebhookAction : enableWebhookAction}
                  endpointId={e.id}
                  label={e.enabled ? t("disable") : t("enable")}
                />
                <RotateSecretButton action={rotateWebhookSecretAction} endpointId={e.id} />
                <ConfirmForm
                  action={deleteWebhookAction}
                  hidden={{ endpointId: e.id }}
                  label={t("delete")}
                  question={t("deleteQuestion", { url: e.url })}
                  confirmLabel={t("deleteConfirm")}
                />
              </div>
            </div>
            <div className="space-y-2">
              <h4 className="text-sm font-semibold">{t("log")}</h4>
              <WebhookDeliveryLog caption={t("logCaption", { url: e.url })} attempts={e.log} />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
