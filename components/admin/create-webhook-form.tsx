"use client";
import { useActionState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { ShownOnceSecret } from "./shown-once-secret";

/** "Add endpoint": URL, events, enabled; the signing secret is shown once, with a copy button. */
export function CreateWebhookForm({
  action,
  events,
}: {
  action: FormAction<{ id: string; secret: string }>;
  /** The event types a receiver may subscribe to, with their names. */
  events: { type: string; label: string }[];
}) {
  const t = useTranslations("settings.client.webhookForm");
  const [state, formAction] = useActionState(action, null);
  if (state?.ok)
    return (
      <div className="space-y-3">
        <Alert tone="success" title={t("added")}>
          {t("addedBody")}
        </Alert>
        <ShownOnceSecret id="new-webhook-secret" label={t("secret")} value={state.data.secret} />
      </div>
    );
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // Re-shown with errors, the form keeps what was chosen; new, it offers every event and enabled.
  const checked = (name: string) => (failed?.values ? failed.values[name] === "on" : true);
  return (
    <form action={formAction} className="space-y-4">
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <Field
        name="url"
        label={t("url")}
        type="url"
        required
        maxLength={2000}
        hint={t("urlHint")}
        defaultValue={failed?.values?.url ?? ""}
        errors={errors.url}
      />
      <fieldset className="space-y-1" aria-describedby={errors.events ? "events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("events")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {events.map(({ type, label }) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`event:${type}`} defaultChecked={checked(`event:${type}`)} />{" "}
              {label}{" "}
              <code translate="no" className="text-xs text-slate-600">
                {type}
              </code>
            </label>
          ))}
        </div>
        {errors.events && (
          <p id="events-error" role="alert" className="text-xs text-red-800">
            {errors.events[0]}
          </p>
        )}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={checked("enabled")} /> {t("enabled")}
      </label>
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}
