"use client";
import { useActionState, useState } from "react";
import type { FormAction } from "../references/action-types";
import { Alert } from "../ui/alert";
import { Field } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";
import { ShownOnceSecret } from "./shown-once-secret";

type Created = { id: string; key: string; prefix: string };

/** "Create key": name, scope, acts-as; the new key is shown once, read-only, with a copy button. */
export function CreateApiKeyForm({
  action,
  locations,
}: {
  action: FormAction<Created>;
  locations: { id: string; name: string }[];
}) {
  const [state, formAction] = useActionState(action, null);
  const [actsAs, setActsAs] = useState<"partner" | "locations">("partner");
  if (state?.ok)
    return (
      <div className="space-y-3">
        <Alert tone="success" title="Key created">
          Copy it now: it is shown only this once, and only a fingerprint of it is kept.
        </Alert>
        <ShownOnceSecret id="new-api-key" label="Your new API key" value={state.data.key} />
      </div>
    );
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4">
      {failed && <Alert tone="error">{failed.message}</Alert>}
      <Field
        name="name"
        label="Name"
        required
        maxLength={80}
        hint="For example: Dynamics CRM sync"
        defaultValue={failed?.values?.name ?? ""}
        errors={errors.name}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Scope</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scope" value="READ" defaultChecked /> Read
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="scope" value="READ_WRITE" /> Read and write
        </label>
        {errors.scope && <p className="text-xs text-red-800">{errors.scope[0]}</p>}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Acts as</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="actsAs"
            value="partner"
            checked={actsAs === "partner"}
            onChange={() => setActsAs("partner")}
          />{" "}
          The whole partner (as a Global Administrator)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="actsAs"
            value="locations"
            checked={actsAs === "locations"}
            onChange={() => setActsAs("locations")}
          />{" "}
          Some locations (as their Local Administrator)
        </label>
        {actsAs === "locations" && (
          <div className="ml-6 space-y-1" data-testid="api-key-locations">
            {locations.map((l) => (
              <label key={l.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`location:${l.id}`} value="on" /> {l.name}
              </label>
            ))}
          </div>
        )}
        {errors.locationIds && (
          <p role="alert" className="text-xs text-red-800">
            {errors.locationIds[0]}
          </p>
        )}
      </fieldset>
      <SubmitButton pendingLabel="Creating…">Create key</SubmitButton>
    </form>
  );
}
