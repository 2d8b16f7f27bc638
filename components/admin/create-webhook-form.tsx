"use client";
import { useActionState } from "react";
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
  const [state, formAction] = useActionState(action, null);
  if (state?.ok)
    return (
      <div className="space-y-3">
        <Alert tone="success" title="Endpoint added">
          Copy the signing secret now and give it to your receiver: it is shown only this once. Your receiver
          uses it to check that each event comes from us.
        </Alert>
        <ShownOnceSecret id="new-webhook-secret" label="Signing secret" value={state.data.secret} />
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
        label="Endpoint URL"
        type="url"
        required
        maxLength={2000}
        hint="An https:// address of your system that accepts POST requests, e.g. https://crm.example.com/hooks/references"
        defaultValue={failed?.values?.url ?? ""}
        errors={errors.url}
      />
      <fieldset className="space-y-1" aria-describedby={errors.events ? "events-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Events to send</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {events.map(({ type, label }) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={`event:${type}`} defaultChecked={checked(`event:${type}`)} />{" "}
              {label} <code className="text-xs text-slate-600">{type}</code>
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
        <input type="checkbox" name="enabled" defaultChecked={checked("enabled")} /> Enabled: send events now
      </label>
      <SubmitButton pendingLabel="Adding…">Add endpoint</SubmitButton>
    </form>
  );
}
