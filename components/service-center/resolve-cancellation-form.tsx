"use client";
import { useActionState } from "react";
import type { FormAction } from "../references/action-types";
import { ConfirmPanel } from "../ui/confirm-panel";
import { Field } from "../ui/field";
import { type CaseForActions, CaseHiddenFields, customerOf } from "./case-form-parts";

/** R12: resolving a cancellation case cancels the request, which cannot be undone: confirmed first. */
export function ResolveCancellationForm({
  serviceCase: c,
  view,
  action,
  onBack,
}: {
  serviceCase: CaseForActions;
  view: string;
  action: FormAction<{ status: "RESOLVED" }>;
  onBack: () => void;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const customer = customerOf(c);
  return (
    <form action={formAction} className="mt-3" aria-label={`Cancel the request for ${customer}`}>
      <CaseHiddenFields serviceCase={c} view={view} />
      <ConfirmPanel
        question={`Cancel the reference request for ${customer} at the request of ${
          c.programAdministrator ?? "the program administrator"
        }? This cannot be undone.`}
        error={failed?.message}
        confirmLabel="Yes, cancel the request"
        pendingLabel="Canceling…"
        onBack={onBack}
      >
        <Field
          name={`resolve-note-${c.id}`}
          label="Note for the request's history (optional)"
          errors={failed?.fieldErrors?.resolution}
        >
          {(props) => (
            <textarea
              {...props}
              name="resolution"
              rows={2}
              maxLength={1000}
              defaultValue={failed?.values?.resolution}
            />
          )}
        </Field>
      </ConfirmPanel>
    </form>
  );
}
