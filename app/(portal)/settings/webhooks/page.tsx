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
import { MAX_ENDPOINTS } from "@/lib/webhooks/endpoints";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import {
  createWebhookAction,
  deleteWebhookAction,
  disableWebhookAction,
  enableWebhookAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
} from "./actions";

export const metadata: Metadata = { title: "Webhooks" };

// Issue 19: where the partner's systems hear about reference changes. Global Administrators only.
export default async function WebhooksPage() {
  const actor = await signedInActor();
  if (actor.kind !== "partner-user") notFound();
  const endpoints = await listWebhookEndpoints(actor);
  if (!endpoints.ok) notFound();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Webhooks"
        description="Your systems can be told when a reference changes: we POST each event, signed per Standard Webhooks, to the endpoints below, right after the change and again with back-off for about a day if your receiver is down. An endpoint that answers 410 Gone or fails for three days is disabled, and Global Administrators are told by email."
      />
      <section aria-labelledby="add-endpoint" className={`${card} max-w-3xl space-y-4 p-6`}>
        <h2 id="add-endpoint" className="text-lg font-semibold">
          Add endpoint
        </h2>
        <CreateWebhookForm
          action={createWebhookAction}
          events={WEBHOOK_EVENT_TYPES.map((type) => ({ type, label: WEBHOOK_EVENT_LABELS[type] }))}
        />
      </section>
      <section aria-labelledby="endpoints" className="space-y-4">
        <h2 id="endpoints" className="text-lg font-semibold">
          Endpoints <span className="text-sm font-normal text-slate-600">(at most {MAX_ENDPOINTS})</span>
        </h2>
        {endpoints.data.length === 0 && (
          <p className="text-sm text-slate-700">
            No endpoints yet. Add the URL of the system that should receive reference events above, then use
            Send test event to check that it answers.
          </p>
        )}
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
                  {e.enabled ? "Enabled" : `Disabled${e.disabledReason ? `: ${e.disabledReason}` : ""}`}
                  {e.pending > 0 && ` · ${e.pending} waiting to be delivered`}
                </p>
                <p className="note">
                  Events: {e.events.join(", ")} · added {formatDateTime(e.createdAt)} by {e.createdBy}
                </p>
              </div>
              <div className="flex flex-wrap items-start gap-2">
                {e.enabled && <SendTestEventButton action={sendTestEventAction} endpointId={e.id} />}
                <ToggleEndpointButton
                  action={e.enabled ? disableWebhookAction : enableWebhookAction}
                  endpointId={e.id}
                  label={e.enabled ? "Disable" : "Enable"}
                />
                <RotateSecretButton action={rotateWebhookSecretAction} endpointId={e.id} />
                <ConfirmForm
                  action={deleteWebhookAction}
                  hidden={{ endpointId: e.id }}
                  label="Delete"
                  question={`Delete the endpoint ${e.url}? Events waiting for it and its delivery log are deleted too.`}
                  confirmLabel="Delete endpoint"
                />
              </div>
            </div>
            <div className="space-y-2">
              <h4 className="text-sm font-semibold">Delivery log (last 50 attempts)</h4>
              <WebhookDeliveryLog caption={`Delivery log of ${e.url}`} attempts={e.log} />
            </div>
          </article>
        ))}
      </section>
    </div>
  );
}
